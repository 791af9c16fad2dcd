import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Profile(models.Model):
    uid = models.URLField(blank=True)
    memo = models.URLField()
    start = models.DateTimeField(auto_now=True)
    points = models.UUIDField(default=uuid.uuid4, null=True, blank=True)
    owner = models.ForeignKey('Book', on_delete=models.CASCADE, related_name='profile_owner_set')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_users')
    like_todos = models.ManyToManyField('music.Todo', related_name='profile_like_todos')

    class Meta:
        ordering = ['-owner']
        unique_together = ('points', 'memo')
        constraints = [
            models.UniqueConstraint(fields=['start', 'points'], name='profile_start_points_uniq'),
        ]


class Author(models.Model):
    image = models.DecimalField('image', max_digits=5, decimal_places=2, blank=True)
    uid = models.UUIDField(default=uuid.uuid4)
    views = models.DurationField(db_index=True)
    count = models.CharField(max_length=10, choices=[('a', 'A'), ('b', 'B')], blank=True)
    created_at = models.SmallIntegerField(default=0)
    released = models.TextField(null=True)
    user = models.ForeignKey('users.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='author_user_set', db_index=False)
    fans = models.ManyToManyField(get_user_model(), related_name='author_fans', blank=True)

    class Meta:
        ordering = ['-image']
        verbose_name = 'author item'


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    done = models.PositiveSmallIntegerField()
    position = models.DurationField()
    address = models.FileField('address', upload_to='files/')
    slug = models.DurationField()

    class Meta:
        unique_together = [['address', 'position']]
