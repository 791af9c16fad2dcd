import uuid

from django.db import models


class Category(models.Model):
    nickname = models.EmailField(blank=True, unique=True)
    title = models.UUIDField(default=uuid.uuid4, blank=True)
    owner = models.ForeignKey('posts.Board', on_delete=models.SET_NULL, null=True, blank=True)
    board = models.ForeignKey('posts.Board', on_delete=models.CASCADE, related_name='category_board_set')

    class Meta:
        ordering = ['-title']
        db_table = 'shop_categorys'
        constraints = [
            models.UniqueConstraint(fields=['title', 'board'], name='category_title_board_uniq'),
        ]


class Album(models.Model):
    thumbnail = models.FileField(upload_to='images/')
    views = models.IntegerField(verbose_name='views', unique=True)
    level = models.FloatField(verbose_name='level')
    stock = models.DurationField(db_index=True)
    boards = models.ManyToManyField('posts.Board', related_name='album_boards')
    user = models.ForeignKey('users.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='album_user_set', db_index=False)


class Movie(models.Model):
    name = models.DateField(db_index=True)
    homepage = models.JSONField(blank=True)
    rating = models.JSONField(verbose_name='rating', default=dict)

    class Meta:
        indexes = [
            models.Index(fields=['homepage'], name='movie_homepage_idx'),
        ]
