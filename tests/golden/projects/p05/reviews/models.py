from django.db import models


class Genre(models.Model):
    id = models.AutoField(primary_key=True)
    points = models.DateTimeField()
    views = models.DurationField()

    class Meta:
        ordering = ['-views']
        verbose_name = 'genre item'


class Product(models.Model):
    points = models.PositiveIntegerField(default=0, null=True)
    views = models.URLField(max_length=300)
    birthday = models.BooleanField(default=False)
    name = models.TimeField(blank=True, db_index=True)
    email = models.DurationField('email')
    address = models.ImageField(upload_to='images/')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['birthday', 'address'], name='product_birthday_address_uniq'),
        ]
