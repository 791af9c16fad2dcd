from django.db import models


class Review(models.Model):
    created_at = models.BooleanField(default=False)
    name = models.DurationField(null=True)
    updated_at = models.JSONField(default=dict)
    score = models.IntegerField(unique=True)
    owner = models.ForeignKey('articles.Comment', on_delete=models.PROTECT, related_name='reviews_0')
    parent = models.ForeignKey('articles.Comment', on_delete=models.CASCADE, related_name='reviews_1')
