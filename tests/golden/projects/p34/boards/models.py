from django.db import models


class Song(models.Model):
    length = models.EmailField(max_length=300, db_index=True)
    body = models.BigIntegerField()
    stock = models.EmailField(max_length=100, blank=True)
    points = models.BooleanField(default=True)
    code = models.BigIntegerField(blank=True)
    thumbnail = models.URLField()

    class Meta:
        unique_together = [['length', 'thumbnail']]
        indexes = [
            models.Index(fields=['stock'], name='song_stock_idx'),
        ]
