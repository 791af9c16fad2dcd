import uuid

from django.conf import settings
from django.db import models


class Question(models.Model):
    status = models.PositiveBigIntegerField(blank=True, db_index=True)
    title = models.BooleanField(default=True, blank=True)
    level = models.DateTimeField(verbose_name='level', auto_now_add=True, blank=True)
    content = models.UUIDField(default=uuid.uuid4)
    price = models.PositiveBigIntegerField(blank=True)
    memo = models.JSONField(default=dict)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='question_members', blank=True)


class Category(models.Model):
    status = models.CharField(max_length=255)
    opens = models.PositiveBigIntegerField(blank=True, db_column='opens_col')
    order = models.ForeignKey('todos.Order', on_delete=models.CASCADE, null=True, blank=True, related_name='category_order_set')
    groups = models.ManyToManyField('auth.Group', related_name='category_groups', blank=True)
