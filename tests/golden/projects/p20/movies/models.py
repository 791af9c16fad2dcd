from django.db import models


class Genre(models.Model):
    rating = models.SmallIntegerField(null=True)
    weight = models.DurationField('weight')
    created_at = models.FloatField(null=True, blank=True)
    members = models.ManyToManyField('community.Profile', related_name='genre_members')
    event_ref = models.ForeignKey('articles.Event', on_delete=models.CASCADE, related_name='genre_event_ref_set')

    class Meta:
        ordering = ['-event_ref']
