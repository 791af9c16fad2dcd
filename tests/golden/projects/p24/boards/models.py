import uuid

from django.conf import settings
from django.db import models


class Post(models.Model):
    position = models.BigIntegerField(db_index=True)
    extra = models.CharField(max_length=20, null=True)
    thumbnail = models.IntegerField(choices=[(1, 'one'), (2, 'two')])
    slug = models.UUIDField(default=uuid.uuid4)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='posts_0')
    friends = models.ManyToManyField('self')
    profile = models.ForeignKey('movies.Profile', on_delete=models.CASCADE, related_name='posts_2')

    class Meta:
        ordering = ['-extra']
        unique_together = ('user', 'position')


class Order(models.Model):
    count = models.DateField(null=True, blank=True)
    updated_at = models.BigIntegerField(verbose_name='updated_at', db_column='updated_at_col')
    start = models.DecimalField(max_digits=5, decimal_places=2)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='orders_0')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='orders_1')
