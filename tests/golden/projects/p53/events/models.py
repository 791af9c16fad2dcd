import uuid

from django.contrib.auth.models import User
from django.db import models


class Profile(models.Model):
    id = models.BigAutoField(primary_key=True)
    homepage = models.SmallIntegerField(default=0)
    released = models.CharField(max_length=50, null=True)
    nickname = models.DurationField(db_index=True)
    views = models.SmallIntegerField(default=0)
    parent = models.ForeignKey(User, on_delete=models.CASCADE, related_name='profile_parent_set')

    class Meta:
        unique_together = [['views', 'released']]


class Genre(models.Model):
    stock = models.EmailField()
    rank = models.CharField(max_length=100, blank=True, db_index=True)
    score = models.JSONField('score', default=dict)
    status = models.PositiveSmallIntegerField(db_index=True)
    position = models.UUIDField(default=uuid.uuid4, unique=True)
    price = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ['-rank']
        verbose_name = 'genre item'
        unique_together = ('price', 'score')
        indexes = [
            models.Index(fields=['price'], name='genre_price_idx'),
        ]

    def __str__(self):
        return self.stock
