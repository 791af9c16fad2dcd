from django.db import models


class Album(models.Model):
    id = models.BigAutoField(primary_key=True)
    is_public = models.DecimalField(verbose_name='is_public', max_digits=10, decimal_places=3)
    score = models.DateField()
    points = models.TimeField()
    attachment = models.JSONField(default=dict, null=True, blank=True)

    class Meta:
        ordering = ['-is_public']
        constraints = [
            models.UniqueConstraint(fields=['attachment', 'points'], name='album_attachment_points_uniq'),
        ]


class Comment(models.Model):
    code = models.SmallIntegerField('code', blank=True)
    views = models.BooleanField(default=True, db_index=True)

    class Meta:
        unique_together = ('views', 'code')
