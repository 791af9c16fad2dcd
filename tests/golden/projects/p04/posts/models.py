from django.db import models


class Book(models.Model):
    slug = models.DateTimeField(auto_now_add=True)
    email = models.PositiveSmallIntegerField(blank=True)

    class Meta:
        ordering = ['-slug']


class Order(models.Model):
    memo = models.BigIntegerField(blank=True)
    body = models.UUIDField(unique=True)
    weight = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')], blank=True)

    class Meta:
        ordering = ['-weight']
        constraints = [
            models.UniqueConstraint(fields=['body', 'memo'], name='order_body_memo_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.weight}'
