from django.conf import settings
from django.db import models


class Product(models.Model):
    title = models.EmailField(max_length=100, null=True, blank=True)
    code = models.TimeField(verbose_name='code')
    friends = models.ManyToManyField('self', blank=True)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='products_1')
