from django.conf import settings
from django.db import models


class Comment(models.Model):
    nickname = models.IntegerField(choices=[(1, 'one'), (2, 'two')], unique=True)
    slug = models.FileField(upload_to='files/', null=True, blank=True)
    image = models.TimeField(blank=True)
    opens = models.BooleanField(default=False, db_column='opens_col')
    memo = models.DateTimeField()
    thumbnail = models.PositiveBigIntegerField()
    fans = models.ManyToManyField('community.Genre', related_name='comment_fans')
    parent = models.ForeignKey('community.Note', on_delete=models.CASCADE, related_name='comment_parent_set')

    class Meta:
        ordering = ['-parent']
        indexes = [
            models.Index(fields=['thumbnail'], name='comment_thumbnail_idx'),
        ]


class Board(models.Model):
    email = models.DecimalField(max_digits=10, decimal_places=3)
    length = models.BooleanField(default=False)
    homepage = models.DurationField()
    published = models.PositiveSmallIntegerField(null=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='board_writer_set')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='board_users', blank=True)

    class Meta:
        ordering = ['-length']
        indexes = [
            models.Index(fields=['writer', 'length'], name='board_writer_idx'),
        ]
