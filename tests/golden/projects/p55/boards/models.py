from django.conf import settings
from django.db import models


class Todo(models.Model):
    count = models.BigIntegerField(blank=True)
    summary = models.ImageField(upload_to='uploads/%Y/%m/')
    title = models.URLField(max_length=254, null=True)
    released = models.UUIDField()
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='todo_user_set')

    class Meta:
        verbose_name = 'todo item'
