import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Category(models.Model):
    nickname = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')])
    score = models.TimeField('score', db_column='score_col')
    count = models.PositiveIntegerField(blank=True)
    position = models.PositiveSmallIntegerField()
    views = models.DurationField(null=True)
    slug = models.SmallIntegerField(default=0, blank=True)
    members = models.ManyToManyField('blog.Comment', related_name='category_members', blank=True)
    writer = models.ForeignKey('Movie', on_delete=models.SET_NULL, null=True, blank=True, related_name='category_writer_set', db_index=False)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='categorys_2')

    class Meta:
        verbose_name = 'category item'
        indexes = [models.Index(fields=['nickname'])]


class Movie(models.Model):
    opens = models.EmailField(null=True, unique=True)
    weight = models.UUIDField(verbose_name='weight', default=uuid.uuid4, blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    owner = models.ForeignKey('blog.Comment', on_delete=models.PROTECT, related_name='movies_1')
    writer = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='movies_2', db_index=False)

    class Meta:
        ordering = ['-writer']


class Todo(models.Model):
    start = models.SmallIntegerField()
    is_public = models.PositiveIntegerField(blank=True)
    views = models.TextField(null=True, db_column='views_col')
    owner = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='todos_0')

    class Meta:
        indexes = [
            models.Index(fields=['start', 'views'], name='todo_start_idx'),
        ]
