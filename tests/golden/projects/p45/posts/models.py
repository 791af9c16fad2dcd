from django.conf import settings
from django.db import models


class Category(models.Model):
    points = models.IntegerField(blank=True)
    score = models.TextField()
    summary = models.URLField(max_length=100)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='category_like_users', blank=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        unique_together = ('score', 'points')


class Genre(models.Model):
    level = models.PositiveSmallIntegerField(blank=True)
    points = models.DecimalField('points', max_digits=10, decimal_places=2)
    count = models.EmailField()
    name = models.PositiveIntegerField(verbose_name='name', db_column='name_col')
    summary = models.BigIntegerField(blank=True)
    memo = models.DurationField()

    class Meta:
        unique_together = [['level', 'memo']]
        indexes = [models.Index(fields=['count', 'points'])]
