from django.conf import settings
from django.db import models


class Genre(models.Model):
    price = models.DurationField(null=True)
    extra = models.TimeField()
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_users')
    photos = models.ManyToManyField('library.Photo', related_name='genre_photos')

    class Meta:
        verbose_name = 'genre item'
        unique_together = ('parent', 'price')
