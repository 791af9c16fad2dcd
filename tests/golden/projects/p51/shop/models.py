from django.contrib.auth.models import User
from django.db import models


class Movie(models.Model):
    released = models.PositiveIntegerField(blank=True)
    rank = models.ImageField(upload_to='images/')
    memo = models.PositiveSmallIntegerField('memo')
    price = models.IntegerField(db_column='price_col')
    address = models.PositiveIntegerField(null=True)
    users = models.ManyToManyField(User, related_name='movie_users', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['price', 'released'], name='movie_price_released_uniq'),
        ]
        indexes = [
            models.Index(fields=['address', 'released'], name='movie_address_idx'),
        ]


class Category(models.Model):
    rank = models.PositiveBigIntegerField()
    updated_at = models.DateTimeField(auto_now=True)
    stock = models.IntegerField()
    fans = models.ManyToManyField('auth.User', related_name='category_fans')

    class Meta:
        db_table = 'shop_categorys'
