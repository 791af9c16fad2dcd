import uuid

from django.conf import settings
from django.db import models


class Board(models.Model):
    id = models.AutoField(primary_key=True)
    stock = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')], default='draft', db_index=True)
    memo = models.PositiveSmallIntegerField(blank=True)
    level = models.UUIDField('level', default=uuid.uuid4)
    is_public = models.TextField()
    opens = models.CharField(verbose_name='opens', max_length=200)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True)
    writer = models.ForeignKey('Author', on_delete=models.PROTECT, related_name='board_writer_set')

    def __str__(self):
        return f'{self.pk}: {self.stock}'


class Author(models.Model):
    status = models.URLField()
    attachment = models.FloatField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='author_user_set')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='author_fans', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-parent']
