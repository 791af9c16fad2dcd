from django.conf import settings
from django.db import models


class Movie(models.Model):
    rating = models.DateTimeField()
    rank = models.PositiveSmallIntegerField('rank', db_index=True)
    points = models.DecimalField(max_digits=5, decimal_places=0)
    attachment = models.JSONField(default=dict, null=True, blank=True)
    updated_at = models.PositiveBigIntegerField()
    birthday = models.TimeField()
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='movie_user_set')
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='movie_members')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movies_2')

    class Meta:
        ordering = ['-user']
        verbose_name = 'movie item'
        unique_together = [['points', 'updated_at']]


class Order(models.Model):
    thumbnail = models.PositiveIntegerField(default=0)
    email = models.CharField(max_length=150, blank=True)
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of', blank=True)
    movie_ref = models.ForeignKey(Movie, on_delete=models.DO_NOTHING, related_name='orders_1')
