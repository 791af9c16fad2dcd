import uuid

from django.db import models


class Board(models.Model):
    slug = models.URLField(max_length=100, blank=True)
    email = models.TextField(blank=True)
    body = models.EmailField(max_length=100, blank=True)
    rating = models.FloatField('rating', blank=True)
    created_at = models.UUIDField(default=uuid.uuid4, null=True, blank=True)

    class Meta:
        ordering = ['-rating']
        unique_together = ('created_at', 'body')
        constraints = [
            models.UniqueConstraint(fields=['slug', 'rating'], name='board_slug_rating_uniq'),
        ]
        indexes = [
            models.Index(fields=['rating', 'body'], name='board_rating_idx'),
        ]

    def __str__(self):
        return self.email
