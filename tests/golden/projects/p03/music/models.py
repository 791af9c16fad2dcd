from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Review(models.Model):
    updated_at = models.BooleanField(default=False)
    score = models.DurationField(null=True)
    comment = models.ForeignKey('articles.Comment', on_delete=models.CASCADE, related_name='reviews_0')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='review_users', blank=True)
    user = models.OneToOneField(get_user_model(), on_delete=models.CASCADE, related_name='reviews_2')

    class Meta:
        unique_together = [['comment', 'updated_at']]
