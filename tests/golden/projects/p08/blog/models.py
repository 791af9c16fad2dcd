from django.conf import settings
from django.db import models


class Review(models.Model):
    updated_at = models.DateTimeField('updated at')
    attachment = models.EmailField(db_index=True)
    created_at = models.FloatField()
    rating = models.DecimalField(max_digits=8, decimal_places=3, blank=True)
    length = models.BigIntegerField()
    count = models.DurationField(blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='reviews_0')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='review_fans')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)


class Choice(models.Model):
    price = models.PositiveSmallIntegerField()
    status = models.UUIDField(db_index=True)
    is_public = models.URLField(null=True)
    points = models.PositiveSmallIntegerField()
    like_users = models.ManyToManyField('auth.User', related_name='choice_like_users', blank=True)
    like_reviews = models.ManyToManyField(Review, related_name='choice_like_reviews', blank=True)

    class Meta:
        unique_together = ('price', 'status')
