import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Board(models.Model):
    attachment = models.JSONField(default=dict, blank=True)
    rating = models.EmailField(max_length=254, null=True, blank=True, unique=True)
    created_at = models.BigIntegerField()
    rank = models.BigIntegerField(db_column='rank_col')
    updated_at = models.URLField(max_length=100)
    score = models.UUIDField(default=uuid.uuid4, blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, related_name='board_parent_set')
    users = models.ManyToManyField(UserModel, related_name='board_users', blank=True)

    class Meta:
        unique_together = [['updated_at', 'parent']]
        indexes = [
            models.Index(fields=['updated_at', 'parent'], name='board_updated_at_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.rating}'
