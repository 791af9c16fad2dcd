from django.conf import settings
from django.db import models


class Song(models.Model):
    extra = models.JSONField('extra', default=dict, blank=True)
    uid = models.IntegerField('uid', default=0, blank=True)
    updated_at = models.FloatField()
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='song_user_ref_set')
    writer = models.ForeignKey('music.Question', on_delete=models.CASCADE, related_name='song_writer_set', db_index=False)

    class Meta:
        ordering = ['-user_ref']
        constraints = [
            models.UniqueConstraint(fields=['extra', 'writer'], name='song_extra_writer_uniq'),
        ]
        indexes = [
            models.Index(fields=['extra', 'updated_at'], name='song_extra_idx'),
        ]


class Movie(models.Model):
    rank = models.SmallIntegerField(default=0)
    published = models.URLField(max_length=254)
    homepage = models.ImageField(upload_to='files/', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='movies_0')

    class Meta:
        ordering = ['-homepage']
        verbose_name = 'movie item'
