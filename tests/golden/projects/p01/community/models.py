from django.conf import settings
from django.db import models


class Song(models.Model):
    position = models.PositiveBigIntegerField()
    email = models.ImageField(upload_to='files/')
    is_public = models.FileField(upload_to='images/', null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='song_user_set')


class Photo(models.Model):
    length = models.SlugField(unique=True)
    updated_at = models.TextField(db_column='updated_at_col')
    name = models.EmailField(blank=True)
    body = models.EmailField(max_length=100, null=True, blank=True)
    like_orders = models.ManyToManyField('boards.Order', related_name='photo_like_orders')
    like_articles = models.ManyToManyField('boards.Article', related_name='photo_like_articles', blank=True)

    class Meta:
        ordering = ['-body']
        constraints = [
            models.UniqueConstraint(fields=['body', 'name'], name='photo_body_name_uniq'),
        ]


class Author(models.Model):
    birthday = models.BigIntegerField()
    published = models.URLField(null=True)
    weight = models.SlugField(max_length=80, db_index=True, db_column='weight_col')
    memo = models.SlugField(blank=True)
    position = models.CharField(max_length=10)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='author_parent_set')
