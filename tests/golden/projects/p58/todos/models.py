from django.contrib.auth.models import User
from django.db import models


class Product(models.Model):
    body = models.DurationField(null=True, db_column='body_col')
    points = models.PositiveBigIntegerField('points')
    homepage = models.TextField()
    released = models.URLField()
    published = models.DurationField()
    owner = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name='products_0')

    class Meta:
        ordering = ['-body']


class Note(models.Model):
    stock = models.DateField(null=True, blank=True)
    uid = models.UUIDField()
    like_products = models.ManyToManyField(Product, related_name='note_like_products', blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['uid', 'stock'], name='note_uid_idx'),
        ]
