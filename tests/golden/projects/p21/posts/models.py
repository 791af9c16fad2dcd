from django.db import models


class Album(models.Model):
    points = models.PositiveIntegerField(default=0, null=True)
    is_public = models.DateField(auto_now_add=True)
    length = models.BigIntegerField(blank=True)
    position = models.ImageField(upload_to='images/', blank=True)

    class Meta:
        ordering = ['-points']
        verbose_name = 'album item'
        constraints = [
            models.UniqueConstraint(fields=['length', 'is_public'], name='album_length_is_public_uniq'),
        ]
