import uuid

from django.conf import settings
from django.db import models


class Photo(models.Model):
    nickname = models.DurationField('nickname', blank=True)
    data = models.ImageField(upload_to='uploads/%Y/%m/')
    position = models.PositiveBigIntegerField()
    content = models.CharField(max_length=150)
    done = models.UUIDField(verbose_name='done', default=uuid.uuid4, blank=True)
    email = models.DurationField(blank=True)
    post_ref = models.ForeignKey('events.Post', on_delete=models.DO_NOTHING)

    class Meta:
        ordering = ['-done']
        constraints = [
            models.UniqueConstraint(fields=['post_ref', 'content'], name='photo_post_ref_content_uniq'),
        ]
        indexes = [models.Index(fields=['data', 'position'])]


class Genre(models.Model):
    thumbnail = models.ImageField(upload_to='files/', blank=True)
    start = models.UUIDField('start')
    nickname = models.FileField('nickname', upload_to='uploads/%Y/%m/')
    title = models.PositiveIntegerField()
    email = models.BooleanField(default=True, db_index=True)
    extra = models.PositiveIntegerField(default=0, null=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='genre_owner_set', db_index=False)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='genre_writer_set')
    photo = models.OneToOneField('Photo', on_delete=models.PROTECT, null=True, blank=True)

    class Meta:
        ordering = ['-email']
        indexes = [models.Index(fields=['email', 'nickname'])]
