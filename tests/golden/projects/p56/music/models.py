from django.db import models


class Event(models.Model):
    released = models.DateTimeField(auto_now_add=True)
    views = models.DecimalField('views', max_digits=8, decimal_places=3, blank=True)
    stock = models.CharField(max_length=20, default='draft')

    class Meta:
        ordering = ['-stock']
        indexes = [models.Index(fields=['views', 'stock'])]

    def __str__(self):
        return self.stock
