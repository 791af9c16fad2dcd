from django.db import models


class Song(models.Model):
    position = models.IntegerField(verbose_name='position', default=0, db_index=True)
    attachment = models.DecimalField(max_digits=10, decimal_places=3)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        unique_together = ('position', 'attachment')


class Category(models.Model):
    updated_at = models.PositiveBigIntegerField(blank=True)
    thumbnail = models.TextField()
    address = models.URLField('address')
    price = models.DateField(blank=True, db_index=True)

    class Meta:
        unique_together = ('updated_at', 'address')
        indexes = [
            models.Index(fields=['updated_at'], name='category_updated_at_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.thumbnail}'
