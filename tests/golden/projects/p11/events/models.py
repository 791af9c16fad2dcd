from django.db import models


class Book(models.Model):
    count = models.IntegerField(null=True)
    published = models.SmallIntegerField(default=0)
    rank = models.SmallIntegerField()
    stock = models.JSONField(default=dict)
    code = models.SmallIntegerField()
    orders = models.ManyToManyField('reviews.Order', related_name='book_orders')
    like_profiles = models.ManyToManyField('reviews.Profile', related_name='book_like_profiles', blank=True)

    class Meta:
        indexes = [models.Index(fields=['rank'])]
