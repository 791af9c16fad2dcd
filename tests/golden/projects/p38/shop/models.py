from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Movie(models.Model):
    code = models.SlugField(null=True)
    is_public = models.PositiveIntegerField(default=0)
    created_at = models.DateField()
    released = models.BooleanField(verbose_name='released', default=False, db_index=True)
    user = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='movies_0')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movies_1')

    class Meta:
        indexes = [
            models.Index(fields=['released', 'parent'], name='movie_released_idx'),
        ]


class Song(models.Model):
    summary = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    start = models.TextField(blank=True)

    class Meta:
        ordering = ['-start']
        indexes = [models.Index(fields=['summary', 'start'])]
