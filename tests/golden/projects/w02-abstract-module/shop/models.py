from django.db import models


class Priced(models.Model):
    price = models.DecimalField(max_digits=8, decimal_places=2)

    class Meta:
        abstract = True


from .base import Stamped


class Product(Priced, Stamped):
    name = models.CharField(max_length=50)
