import uuid

from django.conf import settings
from django.db import models


class Photo(models.Model):
    id = models.BigAutoField(primary_key=True)
    birthday = models.BooleanField(default=False, db_column='birthday_col')
    data = models.PositiveSmallIntegerField(null=True)
    extra = models.BooleanField(default=False, blank=True, db_index=True)
    views = models.EmailField(verbose_name='views', null=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='photo_members', blank=True)
    album = models.ForeignKey('todos.Album', on_delete=models.DO_NOTHING, related_name='photos_1', db_index=False)


class Event(models.Model):
    birthday = models.PositiveBigIntegerField()
    status = models.UUIDField(default=uuid.uuid4, blank=True, unique=True)
    created_at = models.PositiveBigIntegerField()
    uid = models.ImageField(upload_to='files/')
    is_public = models.ImageField(upload_to='files/', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['is_public', 'created_at'], name='event_is_public_created_at_uniq'),
        ]
