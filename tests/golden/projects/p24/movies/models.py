import uuid

from django.conf import settings
from django.db import models


class Profile(models.Model):
    attachment = models.PositiveBigIntegerField(null=True, blank=True)
    rank = models.DurationField('rank')
    updated_at = models.DecimalField(max_digits=10, decimal_places=0)
    nickname = models.UUIDField(default=uuid.uuid4)
    released = models.PositiveBigIntegerField()
    slug = models.PositiveIntegerField(default=0, blank=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_users', blank=True)
    songs = models.ManyToManyField('articles.Song', related_name='profile_songs', blank=True)

    class Meta:
        ordering = ['-released']
        verbose_name = 'profile item'
        constraints = [
            models.UniqueConstraint(fields=['released', 'rank'], name='profile_released_rank_uniq'),
        ]
