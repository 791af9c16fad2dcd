from django.db import models


class Genre(models.Model):
    done = models.TimeField(blank=True)
    published = models.PositiveBigIntegerField()
    level = models.BooleanField(default=True)

    class Meta:
        verbose_name = 'genre item'
        unique_together = ('published', 'done')
