from django.db import models


class Genre(models.Model):
    stock = models.DecimalField(max_digits=5, decimal_places=3)
    body = models.FileField(upload_to='images/')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        unique_together = ('stock', 'body')
        constraints = [
            models.UniqueConstraint(fields=['stock', 'body'], name='genre_stock_body_uniq'),
        ]
