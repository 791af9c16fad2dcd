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
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='photos_0')

    class Meta:
        ordering = ['-nickname']
        verbose_name = 'photo item'
        constraints = [
            models.UniqueConstraint(fields=['content', 'data'], name='photo_content_data_uniq'),
        ]


class Genre(models.Model):
    thumbnail = models.ImageField(upload_to='files/', blank=True)
    start = models.UUIDField('start')
    nickname = models.FileField('nickname', upload_to='uploads/%Y/%m/')
    title = models.PositiveIntegerField()
    email = models.BooleanField(default=True, db_index=True)
    extra = models.PositiveIntegerField(default=0, null=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='genre_owner_set', db_index=False)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='genre_writer_set')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_fans')

    class Meta:
        db_table = 'movies_genres'
        unique_together = ('start', 'nickname')
