from django.conf import settings
from django.db import models


class Song(models.Model):
    summary = models.PositiveSmallIntegerField(blank=True)
    opens = models.IntegerField()
    points = models.SmallIntegerField(blank=True)
    movie_ref = models.ForeignKey('music.Movie', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='songs_0')
    category_ref = models.ForeignKey('shop.Category', on_delete=models.CASCADE, null=True, blank=True, related_name='song_category_ref_set', db_column='category_ref_key')
    fans = models.ManyToManyField('music.Author', related_name='song_fans', blank=True)

    class Meta:
        db_table = 'community_songs'


class Choice(models.Model):
    score = models.URLField()
    title = models.JSONField()
    uid = models.SmallIntegerField('uid', blank=True)
    thumbnail = models.SmallIntegerField(verbose_name='thumbnail', default=0, blank=True)
    memo = models.TextField()
    opens = models.EmailField()
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='choices_0')
    members = models.ManyToManyField('music.Author', related_name='choice_members', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='choices_2')

    class Meta:
        unique_together = [['opens', 'score']]
