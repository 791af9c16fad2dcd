from django.db import models


class Order(models.Model):
    thumbnail = models.BooleanField(verbose_name='thumbnail', default=True)
    rank = models.PositiveBigIntegerField()

    class Meta:
        ordering = ['-thumbnail']
        verbose_name = 'order item'
        unique_together = ('rank', 'thumbnail')
        indexes = [
            models.Index(fields=['thumbnail', 'rank'], name='order_thumbnail_idx'),
        ]
