import uuid

from django.conf import settings
from django.db import models


class Movie(models.Model):
    id = models.BigAutoField(primary_key=True)
    released = models.PositiveBigIntegerField(null=True)
    level = models.IntegerField(default=0)
    name = models.DateTimeField()
    nickname = models.PositiveSmallIntegerField('nickname')
    is_public = models.PositiveBigIntegerField(null=True)

    class Meta:
        ordering = ['-released']
        verbose_name = 'movie item'


class Note(models.Model):
    released = models.DurationField('released', blank=True)
    weight = models.DecimalField(max_digits=8, decimal_places=3, db_column='weight_col')
    updated_at = models.URLField(blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='notes_0')


class Author(models.Model):
    level = models.UUIDField(default=uuid.uuid4)
    length = models.FileField('length', upload_to='uploads/%Y/%m/', null=True)
    is_public = models.FileField(upload_to='files/')
    status = models.DecimalField(max_digits=10, decimal_places=2, db_index=True)
    memo = models.DateField()
    birthday = models.DecimalField('birthday', max_digits=5, decimal_places=0, db_index=True)

    class Meta:
        indexes = [models.Index(fields=['status', 'birthday'])]
