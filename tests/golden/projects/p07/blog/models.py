import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Post(models.Model):
    attachment = models.IntegerField(default=0, null=True)
    level = models.DurationField()
    uid = models.FileField(upload_to='images/')
    image = models.TimeField(verbose_name='image', null=True, db_index=True)
    is_public = models.IntegerField(default=0, blank=True)
    todos = models.ManyToManyField('articles.Todo', related_name='post_todos')
    user = models.OneToOneField(get_user_model(), on_delete=models.SET_NULL, null=True, blank=True, related_name='post_user_set')

    class Meta:
        ordering = ['-uid']
        unique_together = ('user', 'is_public')


class Tag(models.Model):
    level = models.DateTimeField(auto_now_add=True, blank=True)
    title = models.UUIDField(default=uuid.uuid4, unique=True)
    start = models.TimeField(null=True, blank=True, db_index=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)
    book = models.OneToOneField('todos.Book', on_delete=models.CASCADE, related_name='tags_1')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='tag_user_set')

    class Meta:
        db_table = 'blog_tags'
        verbose_name = 'tag item'
