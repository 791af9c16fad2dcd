import uuid

from django.conf import settings
from django.db import models


class Todo(models.Model):
    memo = models.TimeField(verbose_name='memo')
    updated_at = models.UUIDField(default=uuid.uuid4)
    thumbnail = models.PositiveIntegerField(blank=True, db_index=True)
    friends = models.ManyToManyField('self', blank=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='todo_users', blank=True)

    class Meta:
        ordering = ['-memo']
        db_table = 'boards_todos'
