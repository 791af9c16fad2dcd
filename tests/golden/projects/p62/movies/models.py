import uuid

from django.db import models


class Album(models.Model):
    rank = models.TimeField()
    level = models.BigIntegerField()
    stock = models.FloatField(null=True)
    length = models.ImageField(verbose_name='length', upload_to='images/')
    points = models.JSONField()
    address = models.PositiveSmallIntegerField()
    members = models.ManyToManyField('Genre', related_name='album_members', blank=True)
    photo = models.OneToOneField('events.Photo', on_delete=models.CASCADE, null=True, related_name='albums_1')

    class Meta:
        verbose_name = 'album item'


class Product(models.Model):
    start = models.UUIDField(default=uuid.uuid4, blank=True, unique=True)
    views = models.TextField()


class Genre(models.Model):
    stock = models.DecimalField(max_digits=8, decimal_places=0)
    address = models.BooleanField(default=False, db_index=True)
    created_at = models.DurationField(null=True)
    released = models.BigIntegerField()
    writer = models.ForeignKey('community.Author', on_delete=models.CASCADE, related_name='genres_0')

    class Meta:
        ordering = ['-released']
        verbose_name = 'genre item'
        unique_together = [['writer', 'released']]
        indexes = [models.Index(fields=['writer'])]
