from django.db import models


class Genre(models.Model):
    id = models.BigAutoField(primary_key=True)
    rank = models.SmallIntegerField(null=True)
    released = models.JSONField(default=dict, blank=True)

    class Meta:
        unique_together = ('released', 'rank')
