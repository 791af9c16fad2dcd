from django.contrib.auth import get_user_model
from django.db import models


class Album(models.Model):
    updated_at = models.CharField(max_length=50, blank=True)
    count = models.CharField(max_length=200, null=True)
    is_public = models.PositiveIntegerField('is public', default=0, null=True)
    created_at = models.IntegerField()
    rating = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    title = models.BooleanField(default=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    user = models.ForeignKey('auth.User', on_delete=models.PROTECT, related_name='album_user_set')

    class Meta:
        unique_together = ('count', 'parent')


class Event(models.Model):
    views = models.JSONField(verbose_name='views')
    summary = models.TextField(null=True, blank=True)
    slug = models.PositiveIntegerField(default=0)
    published = models.DateTimeField(verbose_name='published', null=True, blank=True)
    start = models.PositiveSmallIntegerField(null=True)
    length = models.SmallIntegerField()
    parent = models.ForeignKey(Album, on_delete=models.CASCADE, null=True, blank=True, related_name='events_0')
    question_ref = models.ForeignKey('events.Question', on_delete=models.CASCADE, related_name='events_1')
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.SET_NULL, null=True, blank=True, related_name='event_user_ref_set', db_index=False)
