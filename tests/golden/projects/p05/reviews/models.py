import uuid

from django.db import models


class Author(models.Model):
    homepage = models.DurationField(verbose_name='homepage')
    birthday = models.DateField()
    email = models.DateField()
    weight = models.FileField(upload_to='files/')
    writer = models.ForeignKey('boards.Comment', on_delete=models.CASCADE, related_name='author_writer_set')

    class Meta:
        ordering = ['-weight']


class Product(models.Model):
    start = models.DecimalField(max_digits=10, decimal_places=0)
    memo = models.PositiveIntegerField(default=0, null=True, blank=True, db_index=True)
    is_public = models.UUIDField(verbose_name='is_public', default=uuid.uuid4, null=True)
    email = models.BigIntegerField()
    updated_at = models.SmallIntegerField(blank=True)
    position = models.BigIntegerField()

    class Meta:
        unique_together = ('email', 'position')
