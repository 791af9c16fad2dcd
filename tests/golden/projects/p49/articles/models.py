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
    status = models.CharField(max_length=255, default='')
    opens = models.EmailField()
    members = models.ManyToManyField('posts.Product', related_name='category_members', blank=True)

    class Meta:
        unique_together = ('opens', 'status')
