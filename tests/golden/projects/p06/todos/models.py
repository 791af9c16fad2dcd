from django.db import models


class Song(models.Model):
    level = models.TimeField(null=True, db_index=True)
    email = models.URLField('email', null=True)

    class Meta:
        ordering = ['-email']
        verbose_name = 'song item'
        unique_together = ('level', 'email')
        indexes = [models.Index(fields=['level', 'email'])]
