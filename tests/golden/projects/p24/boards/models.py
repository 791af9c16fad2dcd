import uuid

from django.contrib.auth import get_user_model
from django.db import models


class Board(models.Model):
    thumbnail = models.BigIntegerField(db_index=True)
    data = models.CharField(max_length=20, null=True)
    position = models.IntegerField(choices=[(1, 'one'), (2, 'two')])
    extra = models.UUIDField(default=uuid.uuid4)
    slug = models.BooleanField(default=False)
    parent = models.ForeignKey('articles.Product', on_delete=models.CASCADE, related_name='board_parent_set')
    fans = models.ManyToManyField(get_user_model(), related_name='board_fans', blank=True)

    class Meta:
        verbose_name = 'board item'


class Review(models.Model):
    id = models.AutoField(primary_key=True)
    title = models.TimeField()
    updated_at = models.DateField(auto_now_add=True, null=True, blank=True)
    memo = models.PositiveSmallIntegerField()
    homepage = models.FileField(upload_to='images/', null=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)
