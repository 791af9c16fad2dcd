from django.conf import settings
from django.db import models


class Board(models.Model):
    id = models.AutoField(primary_key=True)
    stock = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')], null=True)
    memo = models.JSONField(default=dict, db_column='memo_col')
    level = models.ImageField(verbose_name='level', upload_to='files/')
    is_public = models.DurationField(verbose_name='is_public', blank=True)
    opens = models.DateField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='boards_0')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True)
    members = models.ManyToManyField('posts.Album', related_name='board_members')

    class Meta:
        indexes = [models.Index(fields=['is_public'])]


class Author(models.Model):
    id = models.BigAutoField(primary_key=True)
    price = models.DateTimeField(auto_now_add=True, blank=True)
    position = models.PositiveIntegerField('position')
    count = models.DecimalField(max_digits=10, decimal_places=3)
    points = models.DecimalField(max_digits=8, decimal_places=2)
    updated_at = models.ImageField(upload_to='uploads/%Y/%m/')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
