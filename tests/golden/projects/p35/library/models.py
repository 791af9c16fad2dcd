import uuid

from django.conf import settings
from django.db import models


class Album(models.Model):
    done = models.CharField(max_length=200, blank=True)
    code = models.ImageField(upload_to='files/')
    updated_at = models.UUIDField(default=uuid.uuid4, unique=True)

    class Meta:
        ordering = ['-code']


class Comment(models.Model):
    id = models.BigAutoField(primary_key=True)
    start = models.BigIntegerField()
    title = models.SmallIntegerField(default=0, blank=True)
    writer = models.ForeignKey('todos.Book', on_delete=models.CASCADE, related_name='comment_writer_set')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='comment_user_ref_set')
