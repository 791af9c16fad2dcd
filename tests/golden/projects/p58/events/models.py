from django.contrib.auth.models import User
from django.db import models


class Song(models.Model):
    points = models.TextField()
    count = models.CharField(max_length=200)
    user = models.OneToOneField('auth.User', on_delete=models.PROTECT, related_name='songs_0')

    class Meta:
        verbose_name = 'song item'
        unique_together = ('points', 'user')


class Movie(models.Model):
    position = models.DurationField(db_index=True)
    published = models.JSONField(blank=True)
    is_public = models.EmailField(null=True, blank=True, db_index=True)
    address = models.TimeField()
    done = models.IntegerField(default=0, null=True)
    rating = models.PositiveIntegerField()
    fans = models.ManyToManyField(User, related_name='movie_fans')

    class Meta:
        ordering = ['-address']
