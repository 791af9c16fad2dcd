from django.db import models


class Choice(models.Model):
    id = models.AutoField(primary_key=True)
    points = models.PositiveIntegerField(default=0)
    count = models.BigIntegerField(blank=True)

    class Meta:
        ordering = ['-points']
        constraints = [
            models.UniqueConstraint(fields=['count', 'points'], name='choice_count_points_uniq'),
        ]
