from django.conf import settings
from django.db import models


class Profile(models.Model):
    released = models.BooleanField(default=False)
    points = models.DecimalField(max_digits=10, decimal_places=3)
    start = models.PositiveIntegerField(default=0)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_fans')

    class Meta:
        unique_together = ('released', 'start')
