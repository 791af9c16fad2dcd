from django.conf import settings
from django.db import models


class Genre(models.Model):
    price = models.DurationField(null=True)
    extra = models.TimeField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_users', blank=True)
    book_ref = models.ForeignKey('music.Book', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genres_1')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        unique_together = ('price', 'parent')
