from django.db import models


class Movie(models.Model):
    rank = models.PositiveIntegerField(default=0, blank=True)
    email = models.PositiveSmallIntegerField()
    albums = models.ManyToManyField('community.Album', related_name='movie_albums', blank=True)

    class Meta:
        ordering = ['-email']
