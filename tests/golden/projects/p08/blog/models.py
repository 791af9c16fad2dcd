from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    updated_at = models.DateTimeField('updated at')
    attachment = models.EmailField(db_index=True)
    created_at = models.FloatField()
    rating = models.DecimalField(max_digits=8, decimal_places=3, blank=True)
    length = models.BigIntegerField()
    count = models.DurationField(blank=True)
    user = models.ForeignKey('auth.User', on_delete=models.PROTECT, related_name='reviews_0')
    parent = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='reviews_1')
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of', blank=True)


class Choice(models.Model):
    price = models.PositiveSmallIntegerField()
    status = models.UUIDField(db_index=True)
    is_public = models.URLField(null=True)
    points = models.PositiveSmallIntegerField()
    like_users = models.ManyToManyField(get_user_model(), related_name='choice_like_users', blank=True)
    like_reviews = models.ManyToManyField(Review, related_name='choice_like_reviews', blank=True)

    class Meta:
        unique_together = ('price', 'status')
