import uuid

from django.conf import settings
from django.db import models


class Product(models.Model):
    weight = models.UUIDField('weight', default=uuid.uuid4, unique=True)
    thumbnail = models.ImageField(verbose_name='thumbnail', upload_to='uploads/%Y/%m/')
    position = models.CharField(max_length=20)
    address = models.TimeField(null=True, blank=True)
    score = models.URLField()
    created_at = models.DateField('created at')

    class Meta:
        ordering = ['-address']
        verbose_name = 'product item'


class Album(models.Model):
    length = models.SmallIntegerField(default=0, null=True)
    uid = models.PositiveSmallIntegerField()
    released = models.UUIDField(blank=True)
    score = models.PositiveSmallIntegerField()
    start = models.SmallIntegerField()
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='album_members', blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_1')

    class Meta:
        verbose_name = 'album item'
        unique_together = ('uid', 'score')
        indexes = [
            models.Index(fields=['uid'], name='album_uid_idx'),
        ]


class Event(models.Model):
    count = models.PositiveIntegerField('count')
    birthday = models.BigIntegerField(verbose_name='birthday')
    title = models.EmailField(max_length=254, unique=True)
    summary = models.PositiveIntegerField('summary', null=True, db_column='summary_col')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='events_0')
    friends = models.ManyToManyField('self')

    class Meta:
        ordering = ['-count']
        indexes = [
            models.Index(fields=['summary'], name='event_summary_idx'),
        ]
