from django.conf import settings
from django.db import models


class Album(models.Model):
    is_public = models.DateField()
    created_at = models.SmallIntegerField(default=0)
    friends = models.ManyToManyField('self')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='album_writer_set')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='albums_2')


class Author(models.Model):
    status = models.JSONField()
    stock = models.DateField()
    opens = models.PositiveIntegerField()
    start = models.IntegerField(choices=[(1, 'one'), (2, 'two')])
    is_public = models.URLField()
    parent = models.ForeignKey(Album, on_delete=models.CASCADE)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='author_like_users', blank=True)
