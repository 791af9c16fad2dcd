from django.db import models


class Photo(models.Model):
    code = models.TimeField('code', db_index=True)
    title = models.PositiveIntegerField(default=0)
    song_ref = models.ForeignKey('events.Song', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='photos_0', db_column='song_ref_key')
    like_users = models.ManyToManyField('users.User', related_name='photo_like_users', blank=True)
    owner = models.ForeignKey('events.Song', on_delete=models.CASCADE, related_name='photos_2')
