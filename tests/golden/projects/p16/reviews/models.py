from django.db import models


class Book(models.Model):
    uid = models.DecimalField(max_digits=5, decimal_places=2)
    thumbnail = models.ImageField(upload_to='files/', blank=True)
    summary = models.TimeField()
    stock = models.PositiveBigIntegerField()
    position = models.EmailField(verbose_name='position', unique=True)

    class Meta:
        ordering = ['-position']
        unique_together = ('position', 'uid')


class Photo(models.Model):
    content = models.IntegerField(default=0, unique=True)
    done = models.BooleanField(default=False, blank=True, db_index=True)
    book = models.ForeignKey(Book, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='photos_0')

    class Meta:
        indexes = [models.Index(fields=['content'])]
