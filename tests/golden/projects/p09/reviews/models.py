from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Song(models.Model):
    extra = models.JSONField('extra', default=dict, blank=True)
    uid = models.IntegerField('uid', default=0, blank=True)
    updated_at = models.FloatField()
    related = models.ManyToManyField('self', blank=True)
    user = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='songs_1')

    class Meta:
        ordering = ['-uid']
        unique_together = [['user', 'uid']]


class Movie(models.Model):
    summary = models.ImageField(upload_to='images/', null=True)
    is_public = models.PositiveSmallIntegerField(null=True, blank=True)
    like_songs = models.ManyToManyField(Song, related_name='movie_like_songs')
    members = models.ManyToManyField('blog.Comment', related_name='movie_members', blank=True)

    class Meta:
        verbose_name = 'movie item'
        constraints = [
            models.UniqueConstraint(fields=['is_public', 'summary'], name='movie_is_public_summary_uniq'),
        ]
