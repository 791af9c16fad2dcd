from django.contrib.auth import get_user_model
from django.db import models


class Album(models.Model):
    updated_at = models.CharField(max_length=50, null=True)
    count = models.DurationField(blank=True)
    is_public = models.ImageField(upload_to='files/', blank=True)
    created_at = models.SmallIntegerField(default=0)
    rating = models.UUIDField()
    title = models.PositiveBigIntegerField(null=True, blank=True)
    writer = models.ForeignKey('events.Question', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='album_writer_set', db_column='writer_key')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True)

    class Meta:
        unique_together = ('count', 'writer')


class Event(models.Model):
    views = models.JSONField(verbose_name='views')
    summary = models.TextField(null=True, blank=True)
    slug = models.PositiveIntegerField(default=0)
    published = models.DateTimeField(verbose_name='published', null=True, blank=True)
    start = models.PositiveSmallIntegerField(null=True)
    length = models.SmallIntegerField()
    album = models.OneToOneField(Album, on_delete=models.CASCADE, related_name='event_album_set')
    owner = models.ForeignKey('Album', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='events_1')
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.SET_NULL, null=True, blank=True, related_name='event_user_ref_set', db_index=False)
