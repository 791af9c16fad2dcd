from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Review(models.Model):
    updated_at = models.DateTimeField('updated at')
    attachment = models.EmailField(db_index=True)
    created_at = models.FloatField()
    rating = models.DecimalField(max_digits=8, decimal_places=3, blank=True)
    length = models.BigIntegerField()
    count = models.DurationField(blank=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='review_fans')

    class Meta:
        ordering = ['-count']
        db_table = 'blog_reviews'
        verbose_name = 'review item'
        unique_together = [['length', 'rating']]


class Profile(models.Model):
    published = models.PositiveIntegerField(null=True)
    points = models.PositiveSmallIntegerField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='profiles_0')
    members = models.ManyToManyField(get_user_model(), related_name='profile_members', blank=True)

    class Meta:
        unique_together = ('published', 'owner')
        constraints = [
            models.UniqueConstraint(fields=['points', 'owner'], name='profile_points_owner_uniq'),
        ]
