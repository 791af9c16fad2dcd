import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


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
    members = models.ManyToManyField(UserModel, related_name='album_members')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, related_name='albums_1')
    writer = models.ForeignKey('Book', on_delete=models.CASCADE, null=True, blank=True, related_name='album_writer_set')

    def __str__(self):
        return f'{self.pk}: {self.position}'


class Choice(models.Model):
    is_public = models.UUIDField(default=uuid.uuid4)
    status = models.FileField('status', upload_to='uploads/%Y/%m/', null=True)
    memo = models.FileField(upload_to='files/')
    birthday = models.DecimalField(max_digits=10, decimal_places=2, db_index=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='choices_0')
    album = models.ForeignKey(Album, on_delete=models.CASCADE)
    parent = models.ForeignKey(Album, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='choices_2', db_column='parent_key')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['album', 'birthday'], name='choice_album_birthday_uniq'),
        ]
        indexes = [
            models.Index(fields=['owner', 'is_public'], name='choice_owner_idx'),
        ]
