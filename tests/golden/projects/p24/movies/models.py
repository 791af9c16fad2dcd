import uuid

from django.conf import settings
from django.db import models


class Tag(models.Model):
    attachment = models.PositiveBigIntegerField(null=True, blank=True)
    rank = models.DurationField('rank')
    updated_at = models.DecimalField(max_digits=10, decimal_places=0)
    nickname = models.UUIDField(default=uuid.uuid4)
    released = models.PositiveBigIntegerField()
    slug = models.PositiveIntegerField(default=0, blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='tags_0')

    class Meta:
        ordering = ['-released']
        unique_together = ('rank', 'updated_at')
