from django.db import models


class Movie(models.Model):
    body = models.TimeField(blank=True, db_index=True)
    slug = models.IntegerField(verbose_name='slug', choices=[(1, 'one'), (2, 'two')], null=True, db_index=True)
    title = models.FloatField()

    class Meta:
        ordering = ['-title']
        verbose_name = 'movie item'
        indexes = [
            models.Index(fields=['title', 'body'], name='movie_title_idx'),
        ]


class Category(models.Model):
    points = models.UUIDField('points', db_index=True)
    slug = models.SlugField(verbose_name='slug', max_length=80, null=True)
    summary = models.URLField(null=True, db_index=True)
    movie_ref = models.ForeignKey(Movie, on_delete=models.SET_NULL, null=True, blank=True)
    owner = models.ForeignKey('reviews.Genre', on_delete=models.PROTECT, related_name='category_owner_set')

    class Meta:
        ordering = ['-movie_ref']
        verbose_name = 'category item'
        unique_together = [['owner', 'points']]
