from django.contrib.auth import get_user_model
from django.db import models


class Song(models.Model):
    summary = models.PositiveSmallIntegerField(blank=True)
    opens = models.IntegerField()
    points = models.SmallIntegerField(blank=True)
    fans = models.ManyToManyField('music.Author', related_name='song_fans', blank=True)
    user = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='song_user_set', db_column='user_key')
    like_movies = models.ManyToManyField('music.Movie', related_name='song_like_movies', blank=True)

    class Meta:
        ordering = ['-points']


class Choice(models.Model):
    id = models.BigAutoField(primary_key=True)
    updated_at = models.URLField(max_length=300)
    thumbnail = models.FileField(upload_to='files/')
    extra = models.DecimalField(max_digits=5, decimal_places=0, null=True, blank=True, db_index=True)
    opens = models.FloatField(blank=True, db_index=True)
    movie = models.ForeignKey('music.Movie', on_delete=models.CASCADE, related_name='choices_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-extra']
        verbose_name = 'choice item'
        indexes = [
            models.Index(fields=['movie', 'parent'], name='choice_movie_idx'),
        ]
