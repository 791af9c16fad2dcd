from django.conf import settings
from django.db import models


class Album(models.Model):
    birthday = models.SmallIntegerField(default=0)
    updated_at = models.DateField(blank=True)
    rating = models.PositiveBigIntegerField()
    thumbnail = models.FloatField()
    data = models.JSONField()
    parent = models.ForeignKey('accounts.User', on_delete=models.PROTECT, related_name='album_parent_set')

    class Meta:
        unique_together = ('thumbnail', 'data')
        indexes = [models.Index(fields=['parent'])]


class Tag(models.Model):
    thumbnail = models.UUIDField(unique=True)
    points = models.ImageField(upload_to='images/')
    weight = models.TextField()
    stock = models.DecimalField(max_digits=5, decimal_places=3)
    like_orders = models.ManyToManyField('reviews.Order', related_name='tag_like_orders', blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='tag_user_set')
    writer = models.ForeignKey('events.Photo', on_delete=models.CASCADE, related_name='tag_writer_set')

    class Meta:
        verbose_name = 'tag item'
        indexes = [
            models.Index(fields=['weight'], name='tag_weight_idx'),
        ]
