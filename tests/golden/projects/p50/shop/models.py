import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Photo(models.Model):
    done = models.TextField(blank=True)
    count = models.DateField('count', auto_now_add=True, null=True)

    class Meta:
        ordering = ['-count']
        indexes = [
            models.Index(fields=['done', 'count'], name='photo_done_idx'),
        ]


class Profile(models.Model):
    points = models.TextField(null=True)
    attachment = models.FloatField(null=True)
    views = models.PositiveSmallIntegerField(null=True)
    email = models.TimeField()
    level = models.SlugField()
    memo = models.BooleanField(default=True, db_index=True, db_column='memo_col')
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.DO_NOTHING, related_name='profile_user_ref_set', db_index=False)

    def __str__(self):
        return f'{self.pk}: {self.points}'


class Board(models.Model):
    email = models.EmailField()
    stock = models.UUIDField(db_column='stock_col')
    homepage = models.UUIDField(default=uuid.uuid4, null=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='boards_0')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='board_owner_set')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='boards_2')
