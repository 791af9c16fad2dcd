from django.conf import settings
from django.db import models


class Todo(models.Model):
    count = models.BigIntegerField(blank=True)
    summary = models.ImageField(upload_to='uploads/%Y/%m/')
    title = models.URLField(max_length=254, null=True)
    released = models.UUIDField()
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='todos_0')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        db_table = 'boards_todos'
