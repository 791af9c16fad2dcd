import uuid

from django.contrib.auth.models import User
from django.db import models


class Profile(models.Model):
    slug = models.ImageField(upload_to='images/')
    memo = models.UUIDField(default=uuid.uuid4, unique=True)
    status = models.ImageField(upload_to='images/')
    data = models.TimeField(blank=True, db_index=True)
    user = models.ForeignKey(User, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='profiles_0', db_index=False)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-status']
        unique_together = [['slug', 'user']]


class Event(models.Model):
    status = models.UUIDField('status', default=uuid.uuid4, null=True, unique=True)
    rating = models.TimeField(db_index=True)
    published = models.FloatField(blank=True)
    parent = models.ForeignKey('articles.Album', on_delete=models.CASCADE, related_name='events_0')

    class Meta:
        ordering = ['-status']
        verbose_name = 'event item'
        indexes = [
            models.Index(fields=['parent', 'status'], name='event_parent_idx'),
        ]
