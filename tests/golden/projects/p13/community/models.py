from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Genre(models.Model):
    id = models.BigAutoField(primary_key=True)
    address = models.IntegerField(default=0, null=True, blank=True)
    start = models.TextField()
    points = models.DateTimeField(auto_now_add=True)
    data = models.FileField(upload_to='images/', blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name='genre_user_set')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_users', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, related_name='genre_parent_set')

    class Meta:
        ordering = ['-data']
        unique_together = [['points', 'user']]
        constraints = [
            models.UniqueConstraint(fields=['start', 'address'], name='genre_start_address_uniq'),
        ]


class Song(models.Model):
    rating = models.SlugField('rating')
    points = models.PositiveSmallIntegerField()
    body = models.TextField(null=True)

    class Meta:
        ordering = ['-points']
        verbose_name = 'song item'
        unique_together = ('rating', 'body')


class Board(models.Model):
    id = models.AutoField(primary_key=True)
    updated_at = models.BigIntegerField(null=True)
    position = models.CharField(max_length=255, null=True)
    extra = models.FloatField('extra', null=True)
    published = models.DateTimeField('published', auto_now_add=True)
    members = models.ManyToManyField(UserModel, related_name='board_members', blank=True)
    song = models.ForeignKey('Song', on_delete=models.SET_NULL, null=True, blank=True, related_name='board_song_set', db_index=False)
