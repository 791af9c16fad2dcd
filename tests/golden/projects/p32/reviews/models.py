from django.conf import settings
from django.db import models


class Genre(models.Model):
    name = models.PositiveSmallIntegerField('name')
    nickname = models.DateTimeField('nickname', auto_now_add=True, blank=True)
    updated_at = models.ImageField(upload_to='images/')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='genre_user_set')

    class Meta:
        verbose_name = 'genre item'


class Order(models.Model):
    price = models.DurationField()
    email = models.TextField()
    title = models.BigIntegerField()
    writer = models.ForeignKey(Genre, on_delete=models.SET_NULL, null=True, blank=True, related_name='orders_0')

    class Meta:
        db_table = 'reviews_orders'
        indexes = [models.Index(fields=['price', 'email'])]

    def __str__(self):
        return self.email
