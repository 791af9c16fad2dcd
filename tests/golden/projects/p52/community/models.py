from django.conf import settings
from django.db import models


class Board(models.Model):
    created_at = models.FloatField(null=True)
    nickname = models.JSONField(blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='board_writer_set')

    class Meta:
        ordering = ['-created_at']
