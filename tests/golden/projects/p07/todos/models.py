from django.contrib.auth import get_user_model
from django.db import models


class Review(models.Model):
    score = models.URLField(blank=True)
    released = models.FloatField(verbose_name='released')
    stock = models.TextField(blank=True)
    summary = models.JSONField(default=dict, db_column='summary_col')
    user = models.OneToOneField(get_user_model(), on_delete=models.CASCADE, related_name='reviews_0')
    members = models.ManyToManyField(get_user_model(), related_name='review_members')

    class Meta:
        ordering = ['-stock']
        unique_together = ('stock', 'summary')
        indexes = [models.Index(fields=['released'])]


class Choice(models.Model):
    published = models.DurationField(null=True, blank=True)
    memo = models.SlugField()
