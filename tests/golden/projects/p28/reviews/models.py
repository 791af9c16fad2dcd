import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Question(models.Model):
    thumbnail = models.FileField(upload_to='uploads/%Y/%m/')
    extra = models.BigIntegerField()
    updated_at = models.UUIDField()
    opens = models.DecimalField(max_digits=8, decimal_places=3, null=True)
    code = models.DecimalField(max_digits=10, decimal_places=2)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='question_user_set')


class Todo(models.Model):
    id = models.BigAutoField(primary_key=True)
    start = models.EmailField()
    price = models.PositiveIntegerField()
    is_public = models.PositiveIntegerField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE)
    friends = models.ManyToManyField('self', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='todo_owner_set')

    class Meta:
        ordering = ['-start']


class Event(models.Model):
    address = models.DateTimeField(auto_now_add=True, db_index=True)
    done = models.JSONField(default=dict, blank=True)
    weight = models.UUIDField(default=uuid.uuid4, blank=True)
    start = models.FileField(verbose_name='start', upload_to='images/', null=True)
    writer = models.ForeignKey(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_0', db_index=False)
    owner = models.ForeignKey('Todo', on_delete=models.DO_NOTHING, related_name='event_owner_set')
    todo_ref = models.ForeignKey('Todo', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='event_todo_ref_set')

    class Meta:
        unique_together = ('start', 'writer')
        constraints = [
            models.UniqueConstraint(fields=['done', 'start'], name='event_done_start_uniq'),
        ]
