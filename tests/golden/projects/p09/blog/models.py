from django.db import models


class Genre(models.Model):
    name = models.JSONField(default=dict, db_column='name_col')
    homepage = models.SmallIntegerField()
    fans = models.ManyToManyField('reviews.Note', related_name='genre_fans', blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['homepage'], name='genre_homepage_idx'),
        ]


class Post(models.Model):
    released = models.URLField(blank=True)
    homepage = models.SlugField(max_length=80)
    views = models.PositiveSmallIntegerField(blank=True, db_index=True)
    summary = models.JSONField()
    points = models.PositiveSmallIntegerField(blank=True)
    note = models.ForeignKey('reviews.Note', on_delete=models.SET_NULL, null=True, blank=True, db_column='note_key')
