from django.conf import settings
from django.db import models


class Profile(models.Model):
    nickname = models.SmallIntegerField(default=0)
    start = models.CharField(max_length=50, default='draft', blank=True)
    homepage = models.TextField()
    released = models.BooleanField(default=True)
    points = models.PositiveIntegerField()
    views = models.ImageField(upload_to='uploads/%Y/%m/', blank=True, db_column='views_col')
    writer = models.ForeignKey('auth.Group', on_delete=models.DO_NOTHING, related_name='profiles_0')

    class Meta:
        verbose_name = 'profile item'

    def __str__(self):
        return self.homepage


class Movie(models.Model):
    rank = models.JSONField()
    stock = models.TimeField(blank=True)
    summary = models.FileField(upload_to='images/', blank=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='movie_users')
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name='movies_1')

    class Meta:
        ordering = ['-profile']
        verbose_name = 'movie item'
        indexes = [
            models.Index(fields=['summary'], name='movie_summary_idx'),
        ]
