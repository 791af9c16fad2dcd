from django.contrib.auth.models import User
from django.db import models


class Profile(models.Model):
    nickname = models.SmallIntegerField(default=0)
    start = models.CharField(max_length=50, null=True)
    homepage = models.DurationField(db_index=True)
    released = models.SmallIntegerField(default=0)
    points = models.PositiveIntegerField()
    views = models.ImageField(upload_to='uploads/%Y/%m/', blank=True, db_column='views_col')
    members = models.ManyToManyField(User, related_name='profile_members')

    class Meta:
        verbose_name = 'profile item'
        indexes = [models.Index(fields=['start', 'nickname'])]


class Movie(models.Model):
    weight = models.JSONField()
    count = models.TimeField(blank=True)
    score = models.FileField(upload_to='images/', blank=True)
    rank = models.PositiveIntegerField(null=True)
    stock = models.PositiveIntegerField('stock', default=0, null=True, blank=True)
    summary = models.BooleanField(default=True, db_index=True)
