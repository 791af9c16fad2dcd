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
        constraints = [
            models.UniqueConstraint(fields=['parent', 'thumbnail'], name='album_parent_thumbnail_uniq'),
        ]


class Review(models.Model):
    rating = models.DecimalField(max_digits=5, decimal_places=0, null=True, db_index=True)
    stock = models.FileField(upload_to='uploads/%Y/%m/', null=True)

    class Meta:
        db_table = 'shop_reviews'
