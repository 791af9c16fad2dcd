from django.db import models


class Photo(models.Model):
    points = models.TextField(blank=True)
    updated_at = models.DateTimeField('updated at', auto_now_add=True)
    slug = models.DurationField(db_column='slug_col')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of')

    class Meta:
        ordering = ['-slug']
        verbose_name = 'photo item'
        constraints = [
            models.UniqueConstraint(fields=['slug', 'points'], name='photo_slug_points_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.points}'
