import uuid

from django.db import models


class Product(models.Model):
    nickname = models.PositiveBigIntegerField()
    address = models.UUIDField(default=uuid.uuid4)
    friends = models.ManyToManyField('self')

    class Meta:
        unique_together = ('nickname', 'address')
        indexes = [
            models.Index(fields=['nickname', 'address'], name='product_nickname_idx'),
        ]


class Event(models.Model):
    id = models.AutoField(primary_key=True)
    score = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    created_at = models.DateField('created at', auto_now_add=True, null=True, db_index=True)
    rating = models.TextField(null=True)
    owner = models.ForeignKey('movies.Genre', on_delete=models.PROTECT, related_name='event_owner_set')
