from django.db import models


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    memo = models.TimeField(blank=True, db_column='memo_col')
    data = models.JSONField()
    level = models.TimeField('level', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)
    members = models.ManyToManyField('auth.User', related_name='book_members', blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['level', 'parent'], name='book_level_idx'),
        ]
