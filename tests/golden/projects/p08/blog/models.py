from django.conf import settings
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
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='review_writer_set')
    parent = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='review_parent_set')
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of', blank=True)


class Profile(models.Model):
    points = models.PositiveSmallIntegerField(null=True)
    released = models.ImageField(upload_to='uploads/%Y/%m/', db_column='released_col')
    price = models.SlugField(max_length=80, null=True)
    status = models.BigIntegerField(blank=True)
    is_public = models.TimeField()
    updated_at = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ['-points']
        indexes = [models.Index(fields=['points', 'is_public'])]
