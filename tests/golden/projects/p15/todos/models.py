from django.db import models


class Album(models.Model):
    birthday = models.SmallIntegerField(default=0)
    updated_at = models.DateField(blank=True)
    rating = models.PositiveBigIntegerField()
    thumbnail = models.FloatField()
    data = models.JSONField()
    parent = models.ForeignKey('accounts.User', on_delete=models.PROTECT, related_name='album_parent_set')

    class Meta:
        unique_together = ('thumbnail', 'data')
        indexes = [models.Index(fields=['parent'])]


class Tag(models.Model):
    thumbnail = models.UUIDField(unique=True)
    points = models.ImageField(upload_to='images/')
    weight = models.TextField()
    stock = models.DecimalField(max_digits=5, decimal_places=3)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['stock', 'thumbnail'], name='tag_stock_thumbnail_uniq'),
        ]
