from django.db import models


class Genre(models.Model):
    address = models.DecimalField(max_digits=5, decimal_places=3, blank=True)
    score = models.DurationField()
    level = models.TextField(verbose_name='level', db_column='level_col')
    status = models.TextField()
    start = models.JSONField(verbose_name='start', default=dict)
    owner = models.ForeignKey('boards.Article', on_delete=models.CASCADE, related_name='genre_owner_set')

    class Meta:
        ordering = ['-score']
        unique_together = ('level', 'address')
        constraints = [
            models.UniqueConstraint(fields=['address', 'status'], name='genre_address_status_uniq'),
        ]
        indexes = [
            models.Index(fields=['address'], name='genre_address_idx'),
        ]
