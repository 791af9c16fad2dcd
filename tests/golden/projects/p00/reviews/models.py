import uuid

from django.conf import settings
from django.db import models


class Order(models.Model):
    is_public = models.TimeField()
    stock = models.DecimalField(verbose_name='stock', max_digits=8, decimal_places=2)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='order_owner_set')

    class Meta:
        ordering = ['-owner']


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
    order = models.OneToOneField('Order', on_delete=models.CASCADE, related_name='question_order_set', db_column='order_key')
    parent = models.ForeignKey(Order, on_delete=models.PROTECT, related_name='question_parent_set', db_index=False)

    class Meta:
        ordering = ['-parent']
