from django.db import models


class Review(models.Model):
    score = models.PositiveBigIntegerField()
    memo = models.DateTimeField()
    updated_at = models.PositiveSmallIntegerField(db_index=True)
    created_at = models.DurationField(blank=True)
    address = models.JSONField(default=dict, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        verbose_name = 'review item'
        unique_together = ('parent', 'address')
        indexes = [
            models.Index(fields=['created_at'], name='review_created_at_idx'),
        ]
