from django.contrib.auth.models import User
from django.db import models


class Order(models.Model):
    email = models.DateTimeField(null=True, blank=True)
    done = models.FloatField(null=True)
    count = models.CharField('count', max_length=255, blank=True)
    opens = models.BigIntegerField()
    body = models.BooleanField(default=True, blank=True)
    name = models.DateField()
    user = models.OneToOneField(User, on_delete=models.DO_NOTHING, related_name='order_user_set')
    category_ref = models.ForeignKey('reviews.Category', on_delete=models.SET_NULL, null=True, related_name='orders_1')

    class Meta:
        verbose_name = 'order item'


class Note(models.Model):
    released = models.UUIDField(null=True)
    content = models.TimeField(null=True)
    level = models.SmallIntegerField(default=0, blank=True)
    birthday = models.IntegerField(default=0)
    updated_at = models.JSONField(blank=True)

    class Meta:
        unique_together = [['content', 'released']]
