from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Photo(models.Model):
    name = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    released = models.BigIntegerField()
    homepage = models.URLField(max_length=300)
    owner = models.ForeignKey('community.Profile', on_delete=models.CASCADE, null=True, blank=True, related_name='photos_0')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, db_index=False)

    class Meta:
        unique_together = ('name', 'parent')
        indexes = [
            models.Index(fields=['homepage', 'parent'], name='photo_homepage_idx'),
        ]


class Song(models.Model):
    weight = models.TimeField(db_index=True, db_column='weight_col')
    slug = models.BooleanField(default=True, db_index=True)
    thumbnail = models.DurationField(null=True, blank=True)
    email = models.BooleanField(default=False)
    uid = models.TimeField()
    user = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='songs_0')
    friends = models.ManyToManyField('self')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, null=True, blank=True, related_name='song_parent_set')

    class Meta:
        ordering = ['-parent']
