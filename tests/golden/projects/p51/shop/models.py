from django.conf import settings
from django.db import models


class Movie(models.Model):
    rank = models.PositiveIntegerField(blank=True)
    memo = models.ImageField(upload_to='images/')
    price = models.PositiveSmallIntegerField('price')
    address = models.IntegerField(db_column='address_col')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='movie_fans')
    genre = models.ForeignKey('reviews.Genre', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movies_1')

    class Meta:
        ordering = ['-address']
        indexes = [
            models.Index(fields=['memo'], name='movie_memo_idx'),
        ]


class Category(models.Model):
    data = models.URLField(verbose_name='data', max_length=300, blank=True)
    address = models.DateField('address')
    points = models.JSONField()
    is_public = models.DurationField()
    like_movies = models.ManyToManyField('Movie', related_name='category_like_movies')

    class Meta:
        verbose_name = 'category item'
