import uuid

from django.conf import settings
from django.db import models


class Genre(models.Model):
    weight = models.SmallIntegerField()
    price = models.TextField()
    users = models.ManyToManyField('auth.User', related_name='genre_users')
    writer = models.ForeignKey('auth.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genres_1')
    owner = models.ForeignKey('Article', on_delete=models.CASCADE, related_name='genre_owner_set', db_index=False)

    class Meta:
        unique_together = [['writer', 'owner']]
        constraints = [
            models.UniqueConstraint(fields=['price', 'writer'], name='genre_price_writer_uniq'),
        ]
        indexes = [
            models.Index(fields=['writer', 'owner'], name='genre_writer_idx'),
        ]


class Article(models.Model):
    slug = models.UUIDField(default=uuid.uuid4)
    position = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ['-position']
        unique_together = [['position', 'slug']]


class Review(models.Model):
    updated_at = models.UUIDField(blank=True)
    body = models.PositiveIntegerField(default=0)
    count = models.FloatField('count', null=True)
    position = models.DateTimeField('position', auto_now_add=True)
    members = models.ManyToManyField(Article, related_name='review_members')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='reviews_1')

    class Meta:
        ordering = ['-updated_at']
        verbose_name = 'review item'
        constraints = [
            models.UniqueConstraint(fields=['updated_at', 'count'], name='review_updated_at_count_uniq'),
        ]
