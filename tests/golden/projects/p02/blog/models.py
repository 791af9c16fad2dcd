from django.conf import settings
from django.db import models


class Review(models.Model):
    score = models.PositiveBigIntegerField()
    memo = models.DateTimeField()
    updated_at = models.PositiveSmallIntegerField(db_index=True)
    created_at = models.DurationField(blank=True)
    address = models.JSONField(default=dict, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='reviews_0')

    class Meta:
        db_table = 'blog_reviews'
