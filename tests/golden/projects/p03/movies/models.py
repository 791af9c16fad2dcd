from django.conf import settings
from django.db import models


class Order(models.Model):
    points = models.URLField()
    is_public = models.FileField(upload_to='uploads/%Y/%m/')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='orders_0')

    class Meta:
        ordering = ['-owner']
        db_table = 'movies_orders'
        verbose_name = 'order item'


class Comment(models.Model):
    id = models.AutoField(primary_key=True)
    birthday = models.PositiveBigIntegerField(blank=True)
    done = models.TimeField()
    price = models.ImageField(upload_to='uploads/%Y/%m/')
    user_ref = models.ForeignKey('accounts.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='comments_0')

    class Meta:
        verbose_name = 'comment item'
        constraints = [
            models.UniqueConstraint(fields=['price', 'done'], name='comment_price_done_uniq'),
        ]
