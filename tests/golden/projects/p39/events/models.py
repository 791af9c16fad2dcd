import uuid

from django.conf import settings
from django.db import models


class Genre(models.Model):
    id = models.AutoField(primary_key=True)
    opens = models.JSONField('opens')
    thumbnail = models.JSONField()
    published = models.PositiveBigIntegerField(verbose_name='published')
    rating = models.SlugField(blank=True)
    done = models.URLField()
    parent = models.ForeignKey('articles.Profile', on_delete=models.CASCADE)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='genres_1')
    profile = models.OneToOneField('articles.Profile', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genres_2')


class Tag(models.Model):
    start = models.ImageField(upload_to='images/', blank=True)
    content = models.SmallIntegerField(db_column='content_col')
    homepage = models.UUIDField(default=uuid.uuid4)
    points = models.UUIDField(default=uuid.uuid4, db_column='points_col')
    genres = models.ManyToManyField(Genre, related_name='tag_genres', blank=True)

    class Meta:
        ordering = ['-content']
        verbose_name = 'tag item'


class Movie(models.Model):
    position = models.PositiveIntegerField(default=0)
    price = models.JSONField(blank=True)
    slug = models.DateTimeField(null=True, blank=True)
    status = models.PositiveIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='movies_0')

    class Meta:
        ordering = ['-status']
