from django.conf import settings
from django.db import models


class Book(models.Model):
    status = models.BooleanField(default=False, db_index=True)
    stock = models.IntegerField(unique=True)

    class Meta:
        unique_together = [['status', 'stock']]


class Album(models.Model):
    position = models.CharField(max_length=10, choices=[('a', 'A'), ('b', 'B')], unique=True)
    start = models.TimeField('start')
    updated_at = models.DurationField()
    extra = models.DurationField(db_column='extra_col')
    writer = models.ForeignKey('users.User', on_delete=models.PROTECT, related_name='albums_0')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='album_parent_set')

    class Meta:
        ordering = ['-extra']

    def __str__(self):
        return f'{self.pk}: {self.position}'


class Category(models.Model):
    level = models.DateTimeField(auto_now=True)
    extra = models.FileField('extra', upload_to='uploads/%Y/%m/', null=True)
    length = models.FileField(upload_to='files/')
    is_public = models.DecimalField(max_digits=10, decimal_places=2, db_index=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='categorys_0')
    album = models.ForeignKey(Album, on_delete=models.CASCADE)

    class Meta:
        ordering = ['-is_public']
        indexes = [
            models.Index(fields=['album'], name='category_album_idx'),
        ]
