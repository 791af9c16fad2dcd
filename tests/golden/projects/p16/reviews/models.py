from django.contrib.auth.models import User
from django.db import models


class Book(models.Model):
    address = models.DateTimeField(auto_now_add=True, blank=True)
    body = models.DecimalField('body', max_digits=8, decimal_places=2, blank=True)
    data = models.BigIntegerField('data')
    attachment = models.DurationField()
    position = models.FloatField(blank=True)
    points = models.SlugField(verbose_name='points', max_length=80, db_column='points_col')

    class Meta:
        ordering = ['-body']
        indexes = [models.Index(fields=['data', 'address'])]


class Photo(models.Model):
    status = models.TextField()
    updated_at = models.TextField(null=True, blank=True)
    extra = models.PositiveSmallIntegerField()
    points = models.FloatField()
    rank = models.CharField(max_length=100, default='draft', unique=True)
    user_ref = models.ForeignKey(User, on_delete=models.CASCADE, related_name='photo_user_ref_set')
    parent = models.ForeignKey('self', on_delete=models.PROTECT)

    class Meta:
        unique_together = [['user_ref', 'updated_at']]

    def __str__(self):
        return self.updated_at
