from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Genre(models.Model):
    id = models.AutoField(primary_key=True)
    opens = models.JSONField('opens')
    thumbnail = models.JSONField()
    published = models.PositiveBigIntegerField(verbose_name='published')
    rating = models.SlugField(blank=True)
    done = models.URLField()
    parent = models.ForeignKey('articles.Profile', on_delete=models.CASCADE)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='genres_1')
    members = models.ManyToManyField(UserModel, related_name='genre_members')


class Board(models.Model):
    views = models.ImageField(upload_to='images/', blank=True)
    level = models.PositiveBigIntegerField(blank=True)
    rating = models.FileField(verbose_name='rating', upload_to='images/')
    updated_at = models.PositiveSmallIntegerField()
    released = models.ImageField(upload_to='images/')
    owner = models.ForeignKey('articles.Category', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='boards_0')


class Movie(models.Model):
    position = models.PositiveIntegerField(default=0)
    price = models.JSONField(blank=True)
    slug = models.DateTimeField(null=True, blank=True)
    status = models.PositiveIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='movies_0')

    class Meta:
        ordering = ['-status']
