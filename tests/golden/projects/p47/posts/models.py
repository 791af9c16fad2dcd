import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Post(models.Model):
    thumbnail = models.UUIDField(verbose_name='thumbnail', default=uuid.uuid4)
    title = models.CharField(max_length=100)
    birthday = models.UUIDField(null=True, unique=True)
    extra = models.TimeField()
    fans = models.ManyToManyField('boards.Choice', related_name='post_fans', blank=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    def __str__(self):
        return f'{self.pk}: {self.title}'


class Todo(models.Model):
    created_at = models.BooleanField(default=False)
    content = models.DurationField()
    parent = models.ForeignKey(Post, on_delete=models.DO_NOTHING)
    users = models.ManyToManyField(UserModel, related_name='todo_users')
    like_movies = models.ManyToManyField('boards.Movie', related_name='todo_like_movies')

    class Meta:
        verbose_name = 'todo item'


class Event(models.Model):
    is_public = models.BigIntegerField(blank=True, db_index=True)
    rank = models.CharField(max_length=20)
    length = models.BooleanField(default=False)
    score = models.UUIDField(default=uuid.uuid4)
    code = models.PositiveBigIntegerField(null=True)
    weight = models.EmailField(max_length=100, unique=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)
