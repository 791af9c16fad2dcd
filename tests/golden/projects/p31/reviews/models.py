from django.conf import settings
from django.db import models


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    memo = models.TimeField(blank=True, db_column='memo_col')
    data = models.JSONField()
    level = models.TimeField('level', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, db_index=False)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='books_1')
    user = models.OneToOneField('auth.User', on_delete=models.CASCADE, related_name='books_2')

    class Meta:
        db_table = 'reviews_books'
        unique_together = ('parent', 'level')
