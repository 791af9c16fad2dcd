from django.db import models


class Board(models.Model):
    image = models.SlugField(max_length=80, null=True)
    level = models.EmailField(blank=True, unique=True)

    class Meta:
        ordering = ['-image']
        verbose_name = 'board item'
        indexes = [models.Index(fields=['image', 'level'])]

    def __str__(self):
        return f'{self.pk}: {self.image}'
