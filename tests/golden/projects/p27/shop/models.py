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
    fans = models.ManyToManyField(Product, related_name='review_fans')
    related = models.ManyToManyField('self')

    class Meta:
        unique_together = ('price', 'slug')


class Todo(models.Model):
    level = models.DateTimeField()
    rating = models.PositiveBigIntegerField()
    price = models.TextField(db_column='price_col')
    memo = models.BooleanField(default=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-level']
        db_table = 'shop_todos'
