import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Board(models.Model):
    position = models.EmailField(max_length=300, null=True)
    attachment = models.EmailField(max_length=100, null=True, blank=True)

    class Meta:
        ordering = ['-position']
        db_table = 'reviews_boards'


class Album(models.Model):
    code = models.EmailField(verbose_name='code')
    weight = models.FileField(upload_to='files/')
    content = models.SlugField(max_length=80)
    thumbnail = models.DateField(auto_now_add=True)
    body = models.FileField(upload_to='uploads/%Y/%m/', null=True, blank=True)
    user_ref = models.ForeignKey('accounts.User', on_delete=models.CASCADE, null=True, related_name='album_user_ref_set')
    parent = models.ForeignKey(Board, on_delete=models.DO_NOTHING)

    class Meta:
        db_table = 'reviews_albums'
        verbose_name = 'album item'

    def __str__(self):
        return self.code


class Song(models.Model):
    data = models.UUIDField(default=uuid.uuid4, null=True)
    nickname = models.EmailField(unique=True)
    body = models.BooleanField(default=True, db_index=True)
    summary = models.JSONField(blank=True)
    board_ref = models.ForeignKey(Board, on_delete=models.DO_NOTHING, related_name='songs_0')
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='song_members')
    users = models.ManyToManyField(UserModel, related_name='song_users', blank=True)

    class Meta:
        unique_together = [['board_ref', 'data']]
        indexes = [
            models.Index(fields=['body'], name='song_body_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.nickname}'
