from django.conf import settings
from django.db import models


class Profile(models.Model):
    level = models.TextField(blank=True, db_column='level_col')
    released = models.DurationField('released')
    updated_at = models.BooleanField(default=False)
    points = models.FloatField(blank=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_users', blank=True)

    class Meta:
        verbose_name = 'profile item'
