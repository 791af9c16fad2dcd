from django.db import models


class Product(models.Model):
    level = models.URLField(blank=True)
    thumbnail = models.URLField(blank=True)

    class Meta:
        verbose_name = 'product item'


class Review(models.Model):
    attachment = models.URLField()
    released = models.DateTimeField(auto_now_add=True, null=True)
    body = models.TimeField(blank=True)
    summary = models.PositiveIntegerField(null=True)
    price = models.JSONField('price', default=dict, db_column='price_col')
    slug = models.PositiveIntegerField(default=0)
    user = models.ForeignKey('auth.User', on_delete=models.CASCADE, related_name='reviews_0', db_column='user_key')
    product = models.ForeignKey('Product', on_delete=models.PROTECT, related_name='reviews_1')


class Todo(models.Model):
    memo = models.PositiveIntegerField(default=0)
    position = models.PositiveSmallIntegerField()
    points = models.DateField('points', blank=True, db_index=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-memo']
        db_table = 'shop_todos'
