from django.db import models


class Photo(models.Model):
    level = models.BooleanField(default=True, blank=True)
    created_at = models.PositiveBigIntegerField(null=True)
    weight = models.SlugField(verbose_name='weight', blank=True, unique=True)

    class Meta:
        ordering = ['-weight']

    def __str__(self):
        return f'{self.pk}: {self.weight}'


class Event(models.Model):
    price = models.TextField(blank=True)
    rank = models.JSONField()
    email = models.PositiveSmallIntegerField()
    views = models.PositiveIntegerField()
    start = models.JSONField(verbose_name='start')
    tag = models.ForeignKey('todos.Tag', on_delete=models.CASCADE, related_name='events_0')
    members = models.ManyToManyField('todos.Album', related_name='event_members')

    class Meta:
        ordering = ['-email']
        unique_together = ('email', 'tag')
        indexes = [
            models.Index(fields=['views', 'tag'], name='event_views_idx'),
        ]
