from django.conf import settings
from django.db import models


class Genre(models.Model):
    stock = models.DecimalField(max_digits=5, decimal_places=3)
    body = models.FileField(upload_to='images/')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_fans', blank=True)

    class Meta:
        ordering = ['-stock']
        indexes = [
            models.Index(fields=['body', 'stock'], name='genre_body_idx'),
        ]
