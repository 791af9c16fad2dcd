import uuid

from django.conf import settings
from django.db import models


class Movie(models.Model):
    rating = models.DateTimeField()
    rank = models.PositiveSmallIntegerField('rank', db_index=True)
    points = models.DecimalField(max_digits=5, decimal_places=0)
    attachment = models.JSONField(default=dict, null=True, blank=True)
    updated_at = models.PositiveBigIntegerField()
    birthday = models.TimeField()
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='movie_fans', blank=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='movie_members')

    class Meta:
        ordering = ['-rating']
        verbose_name = 'movie item'


class Order(models.Model):
    name = models.PositiveIntegerField(default=0, null=True, blank=True)
    published = models.FileField(upload_to='files/')
    level = models.ImageField(verbose_name='level', upload_to='uploads/%Y/%m/', blank=True, db_column='level_col')
    body = models.TimeField(null=True)
    uid = models.UUIDField(verbose_name='uid', default=uuid.uuid4, null=True)
    image = models.DateTimeField(auto_now_add=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True)
    writer = models.ForeignKey('accounts.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='order_writer_set', db_column='writer_key')

    class Meta:
        ordering = ['-published']
        indexes = [
            models.Index(fields=['parent', 'body'], name='order_parent_idx'),
        ]
