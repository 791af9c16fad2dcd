from django.db import models


class Genre(models.Model):
    views = models.PositiveIntegerField(blank=True)
    price = models.IntegerField(null=True)
    weight = models.DurationField()
    address = models.SmallIntegerField(verbose_name='address', default=0, blank=True, db_column='address_col')
    attachment = models.PositiveIntegerField(default=0)
    parent = models.ForeignKey('articles.Tag', on_delete=models.CASCADE, related_name='genres_0')
    writer = models.ForeignKey('reviews.Song', on_delete=models.SET_DEFAULT, null=True, default=None)
    fans = models.ManyToManyField('articles.Profile', related_name='genre_fans', blank=True)

    class Meta:
        ordering = ['-weight']
