from django.conf import settings
from django.db import models


class Post(models.Model):
    price = models.UUIDField(null=True)
    birthday = models.FileField(upload_to='images/')
    position = models.DateField()

    class Meta:
        ordering = ['-position']
        verbose_name = 'post item'
        constraints = [
            models.UniqueConstraint(fields=['birthday', 'price'], name='post_birthday_price_uniq'),
        ]


class Book(models.Model):
    extra = models.DateField()
    summary = models.UUIDField()
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='books_0')

    class Meta:
        unique_together = ('writer', 'summary')


class Order(models.Model):
    uid = models.URLField()
    done = models.DateTimeField(verbose_name='done', auto_now_add=True, blank=True, db_index=True)
    title = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ['-title']
        verbose_name = 'order item'
