import uuid

from django.conf import settings
from django.db import models


class Post(models.Model):
    id = models.BigAutoField(primary_key=True)
    data = models.DecimalField('data', max_digits=10, decimal_places=3)
    rank = models.JSONField(verbose_name='rank', blank=True)
    slug = models.PositiveBigIntegerField()
    extra = models.TimeField()
    name = models.FileField(upload_to='files/', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='posts_0')

    class Meta:
        indexes = [
            models.Index(fields=['extra', 'slug'], name='post_extra_idx'),
        ]


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    data = models.UUIDField(default=uuid.uuid4, blank=True)
    birthday = models.URLField(blank=True, db_index=True)
    content = models.ImageField(verbose_name='content', upload_to='images/')
    name = models.ImageField(upload_to='images/')
    extra = models.DateField()
    done = models.EmailField(blank=True, db_column='done_col')

    class Meta:
        ordering = ['-content']
