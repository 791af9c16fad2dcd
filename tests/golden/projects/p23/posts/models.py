from django.conf import settings
from django.db import models


class Movie(models.Model):
    price = models.IntegerField(default=0, blank=True)
    level = models.SlugField(blank=True)
    album = models.ForeignKey('articles.Album', on_delete=models.CASCADE, null=True, blank=True, related_name='movies_0')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='movie_parent_set')


class Question(models.Model):
    title = models.IntegerField(default=0)
    start = models.PositiveBigIntegerField()
    summary = models.TimeField(blank=True)

    class Meta:
        ordering = ['-summary']
