from django.conf import settings
from django.db import models


class Order(models.Model):
    status = models.PositiveIntegerField(blank=True)
    name = models.PositiveIntegerField(blank=True)
    length = models.PositiveSmallIntegerField()
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='order_writer_set')

    class Meta:
        indexes = [models.Index(fields=['status'])]
