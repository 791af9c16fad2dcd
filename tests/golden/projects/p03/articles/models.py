from django.conf import settings
from django.db import models


class Album(models.Model):
    count = models.SlugField()
    code = models.PositiveBigIntegerField(verbose_name='code', null=True)
    thumbnail = models.DurationField(blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='album_writer_set')

    class Meta:
        verbose_name = 'album item'
        indexes = [
            models.Index(fields=['thumbnail'], name='album_thumbnail_idx'),
        ]


class Comment(models.Model):
    title = models.SlugField()
    thumbnail = models.BigIntegerField()
    homepage = models.EmailField(max_length=100, null=True, db_index=True)
    attachment = models.IntegerField()
    points = models.SlugField(max_length=80, blank=True)
    length = models.BooleanField(default=True)
    user_ref = models.ForeignKey('accounts.User', on_delete=models.PROTECT, related_name='comments_0')

    class Meta:
        ordering = ['-length']
        verbose_name = 'comment item'

    def __str__(self):
        return f'{self.pk}: {self.homepage}'
