from django.conf import settings
from django.db import models


class Product(models.Model):
    attachment = models.EmailField(null=True)
    memo = models.PositiveBigIntegerField()
    done = models.SlugField(unique=True)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='products_0')

    class Meta:
        verbose_name = 'product item'

    def __str__(self):
        return f'{self.pk}: {self.done}'
