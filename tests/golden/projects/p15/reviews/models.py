from django.conf import settings
from django.db import models


class Order(models.Model):
    is_public = models.CharField(max_length=50, default='')
    attachment = models.URLField(db_column='attachment_col')
    birthday = models.BooleanField(default=True)
    data = models.JSONField(default=dict)
    address = models.EmailField(verbose_name='address', blank=True, unique=True)
    memo = models.FileField('memo', upload_to='images/', null=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='order_users')

    class Meta:
        db_table = 'reviews_orders'

    def __str__(self):
        return f'{self.pk}: {self.address}'
