from django.contrib.auth import get_user_model
from django.db import models


class Category(models.Model):
    points = models.DateField()
    thumbnail = models.FileField(upload_to='files/')
    title = models.TimeField(null=True, blank=True)
    status = models.JSONField()
    opens = models.FileField(upload_to='images/', null=True, blank=True)
    level = models.JSONField(default=dict)
    like_users = models.ManyToManyField(get_user_model(), related_name='category_like_users')

    class Meta:
        ordering = ['-thumbnail']
