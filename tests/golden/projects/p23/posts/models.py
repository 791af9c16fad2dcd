import uuid

from django.conf import settings
from django.db import models


class Post(models.Model):
    position = models.DateField()
    score = models.PositiveBigIntegerField()
    price = models.BigIntegerField(null=True, db_index=True)
    start = models.DateTimeField(verbose_name='start')
    memo = models.DecimalField(max_digits=8, decimal_places=0, null=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='post_user_ref_set')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='post_owner_set')

    class Meta:
        unique_together = [['memo', 'score']]


class Photo(models.Model):
    rank = models.EmailField(unique=True)
    content = models.FileField(verbose_name='content', upload_to='files/', null=True)
    data = models.IntegerField(null=True)
    start = models.UUIDField(default=uuid.uuid4)
    length = models.PositiveBigIntegerField(null=True)

    class Meta:
        ordering = ['-length']
