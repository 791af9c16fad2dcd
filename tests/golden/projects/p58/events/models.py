from django.contrib.auth import get_user_model
from django.db import models


class Song(models.Model):
    points = models.TextField()
    count = models.CharField(max_length=200)
    fans = models.ManyToManyField('todos.Note', related_name='song_fans')

    class Meta:
        indexes = [
            models.Index(fields=['points'], name='song_points_idx'),
        ]


class Movie(models.Model):
    length = models.BigIntegerField(blank=True)
    start = models.DateField(verbose_name='start', auto_now_add=True, blank=True)
    memo = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    position = models.FileField(upload_to='uploads/%Y/%m/')
    published = models.CharField(max_length=50, db_index=True)
    parent = models.ForeignKey('todos.Product', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movie_parent_set')
    users = models.ManyToManyField('auth.User', related_name='movie_users', blank=True)
    user = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='movie_user_set', db_column='user_key')
