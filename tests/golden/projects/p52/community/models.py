from django.conf import settings
from django.db import models


class Order(models.Model):
    summary = models.CharField(max_length=150, db_index=True)
    rank = models.IntegerField(default=0)
    rating = models.SmallIntegerField()
    stock = models.PositiveBigIntegerField()
    writer = models.ForeignKey('articles.Book', on_delete=models.CASCADE, related_name='orders_0')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='orders_1', db_column='user_key')
    book = models.ForeignKey('articles.Book', on_delete=models.CASCADE, related_name='orders_2')

    class Meta:
        unique_together = [['rank', 'stock']]
        indexes = [models.Index(fields=['book'])]
