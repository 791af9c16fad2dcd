from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    memo = models.TimeField(blank=True, db_column='memo_col')
    data = models.JSONField()
    level = models.TimeField('level', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='books_1')
    fans = models.ManyToManyField(UserModel, related_name='book_fans', blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['data', 'parent'], name='book_data_idx'),
        ]
