import uuid

from django.conf import settings
from django.db import models


class Board(models.Model):
    id = models.AutoField(primary_key=True)
    stock = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')], null=True)
    memo = models.JSONField(default=dict, db_column='memo_col')
    level = models.ImageField(verbose_name='level', upload_to='files/')
    is_public = models.DurationField(verbose_name='is_public', blank=True)
    opens = models.DateField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='board_users', blank=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True)
    writer = models.ForeignKey('Author', on_delete=models.PROTECT, related_name='board_writer_set')


class Author(models.Model):
    attachment = models.UUIDField(default=uuid.uuid4)
    count = models.FloatField(db_index=True)
    homepage = models.UUIDField(default=uuid.uuid4)
    status = models.DateField()
    rank = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
