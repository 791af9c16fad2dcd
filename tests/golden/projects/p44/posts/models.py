from django.db import models


class Photo(models.Model):
    points = models.TextField(blank=True)
    updated_at = models.DateTimeField('updated at', auto_now_add=True)
    slug = models.DurationField(db_column='slug_col')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of')

    class Meta:
        ordering = ['-updated_at']
        db_table = 'posts_photos'
        unique_together = [['points', 'updated_at']]
        indexes = [models.Index(fields=['points'])]

    def __str__(self):
        return f'{self.pk}: {self.points}'
