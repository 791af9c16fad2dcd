import uuid

from django.conf import settings
from django.db import models


class Order(models.Model):
    is_public = models.TimeField()
    stock = models.DecimalField(verbose_name='stock', max_digits=8, decimal_places=2)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='orders_0')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ['-parent']


class Post(models.Model):
    nickname = models.URLField(verbose_name='nickname', max_length=300, blank=True)
    body = models.BigIntegerField()
    done = models.DateTimeField('done', auto_now=True, null=True, blank=True)
    price = models.DateTimeField()
    homepage = models.UUIDField(default=uuid.uuid4, blank=True)
    memo = models.IntegerField(default=0, db_index=True)

    class Meta:
        ordering = ['-memo']
        indexes = [models.Index(fields=['homepage'])]


class Question(models.Model):
    homepage = models.DurationField()
    thumbnail = models.ImageField(upload_to='images/')
    uid = models.TextField()
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='questions_0')

    class Meta:
        ordering = ['-homepage']
        verbose_name = 'question item'
