from django.conf import settings
from django.db import models


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    memo = models.TimeField(blank=True, db_column='memo_col')
    data = models.JSONField()
    level = models.TimeField('level', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, db_index=False)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='books_1')
    owner = models.ForeignKey('auth.User', on_delete=models.DO_NOTHING, related_name='book_owner_set')

    class Meta:
        ordering = ['-data']
        unique_together = ('memo', 'writer')
        constraints = [
            models.UniqueConstraint(fields=['data', 'parent'], name='book_data_parent_uniq'),
        ]
