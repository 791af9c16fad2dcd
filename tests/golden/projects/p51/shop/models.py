import uuid

from django.conf import settings
from django.db import models


class Order(models.Model):
    thumbnail = models.PositiveIntegerField('thumbnail', default=0, null=True)
    body = models.PositiveIntegerField(default=0)
    comment_ref = models.ForeignKey('blog.Comment', on_delete=models.CASCADE, null=True, blank=True, related_name='orders_0')
    parent = models.ForeignKey('reviews.Genre', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-body']
        indexes = [
            models.Index(fields=['body', 'comment_ref'], name='order_body_idx'),
        ]


class Author(models.Model):
    stock = models.UUIDField(default=uuid.uuid4)
    body = models.FileField('body', upload_to='files/', blank=True)
    homepage = models.FileField(upload_to='uploads/%Y/%m/')
    views = models.URLField(null=True, blank=True)
    length = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')], null=True)
    orders = models.ManyToManyField(Order, related_name='author_orders')
    genre_ref = models.ForeignKey('reviews.Genre', on_delete=models.CASCADE, null=True, related_name='authors_1')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='author_users', blank=True)

    class Meta:
        ordering = ['-views']
        verbose_name = 'author item'
