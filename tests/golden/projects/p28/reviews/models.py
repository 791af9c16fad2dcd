from django.conf import settings
from django.db import models


class Question(models.Model):
    id = models.BigAutoField(primary_key=True)
    length = models.DateTimeField()
    body = models.PositiveSmallIntegerField(null=True, blank=True)
    stock = models.FloatField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True, null=True)
    score = models.DecimalField(max_digits=10, decimal_places=0)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='questions_0', db_index=False)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        ordering = ['-length']
        verbose_name = 'question item'
        unique_together = [['parent', 'stock']]


class Order(models.Model):
    score = models.EmailField()
    start = models.PositiveIntegerField()
    price = models.PositiveIntegerField()
    is_public = models.DateField('is public', auto_now_add=True, db_column='is_public_col')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='orders_0')

    class Meta:
        ordering = ['-score']
        indexes = [
            models.Index(fields=['is_public', 'price'], name='order_is_public_idx'),
        ]


class Album(models.Model):
    thumbnail = models.BigIntegerField()
    points = models.PositiveBigIntegerField(null=True)
    start = models.IntegerField(choices=[(1, 'one'), (2, 'two')])
    extra = models.JSONField(default=dict)
    data = models.DateTimeField(auto_now=True, blank=True)
    address = models.PositiveSmallIntegerField()
