import uuid

from django.db import models


class Category(models.Model):
    nickname = models.EmailField(blank=True, unique=True)
    title = models.UUIDField(default=uuid.uuid4, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)
    board = models.ForeignKey('posts.Board', on_delete=models.CASCADE)

    class Meta:
        db_table = 'shop_categorys'
        verbose_name = 'category item'
        unique_together = [['parent', 'nickname']]


class Album(models.Model):
    thumbnail = models.FileField(upload_to='images/')
    views = models.IntegerField(verbose_name='views', unique=True)
    level = models.FloatField(verbose_name='level')
    stock = models.DurationField(db_index=True)
    boards = models.ManyToManyField('posts.Board', related_name='album_boards')
    parent = models.ForeignKey('users.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_1')

    class Meta:
        indexes = [models.Index(fields=['parent'])]


class Post(models.Model):
    stock = models.BigIntegerField(null=True, db_index=True)
    nickname = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    content = models.JSONField(verbose_name='content', default=dict)

    class Meta:
        indexes = [
            models.Index(fields=['nickname'], name='post_nickname_idx'),
        ]
