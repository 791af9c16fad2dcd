from django.db import models


class Genre(models.Model):
    id = models.BigAutoField(primary_key=True)
    stock = models.BigIntegerField()
    length = models.FileField(upload_to='images/', null=True, blank=True)
    data = models.TimeField(blank=True, db_column='data_col')
    memo = models.TextField()
    price = models.TimeField(verbose_name='price')
    content = models.PositiveSmallIntegerField()
    members = models.ManyToManyField('boards.Order', related_name='genre_members')

    class Meta:
        unique_together = ('data', 'memo')
        constraints = [
            models.UniqueConstraint(fields=['stock', 'content'], name='genre_stock_content_uniq'),
        ]
