from django.db import models


class Comment(models.Model):
    id = models.BigAutoField(primary_key=True)
    name = models.ImageField(upload_to='files/', blank=True)
    address = models.TextField(null=True)
    stock = models.FileField(upload_to='uploads/%Y/%m/', blank=True)

    class Meta:
        ordering = ['-stock']
        verbose_name = 'comment item'
        indexes = [
            models.Index(fields=['stock', 'name'], name='comment_stock_idx'),
        ]
