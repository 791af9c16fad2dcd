from django.conf import settings
from django.db import models


class Photo(models.Model):
    attachment = models.PositiveIntegerField()
    title = models.BooleanField(default=True)
    parent = models.ForeignKey('Event', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='photo_parent_set', db_index=False)
    related = models.ManyToManyField('self', blank=True)

    class Meta:
        verbose_name = 'photo item'
        indexes = [models.Index(fields=['parent', 'attachment'])]


class Event(models.Model):
    updated_at = models.ImageField(upload_to='uploads/%Y/%m/')
    title = models.FileField(upload_to='images/', db_column='title_col')
    name = models.PositiveSmallIntegerField(null=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
    friends = models.ManyToManyField('self')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='event_fans')

    class Meta:
        ordering = ['-parent']
        indexes = [models.Index(fields=['title'])]
