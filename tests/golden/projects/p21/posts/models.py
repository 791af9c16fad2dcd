from django.db import models


class Album(models.Model):
    image = models.TimeField('image')
    price = models.FileField(verbose_name='price', upload_to='files/', null=True)
    thumbnail = models.FileField(upload_to='uploads/%Y/%m/', null=True)
