from django.db import models


class Product(models.Model):
    memo = models.DateField(db_index=True)
    count = models.DateField()
    address = models.ImageField(upload_to='files/', blank=True)
    slug = models.BooleanField(default=False, db_column='slug_col')
    weight = models.TimeField(blank=True)
    nickname = models.TimeField('nickname')
    tag = models.ForeignKey('shop.Tag', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-address']
        db_table = 'reviews_products'
        verbose_name = 'product item'
        unique_together = [['weight', 'memo']]
