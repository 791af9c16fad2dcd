from django.conf import settings
from django.db import models


class Photo(models.Model):
    rating = models.ImageField(upload_to='uploads/%Y/%m/', db_column='rating_col')
    status = models.SlugField(null=True)
    homepage = models.FileField(upload_to='files/', null=True)
    weight = models.DateField()
    code = models.EmailField(blank=True)
    memo = models.BigIntegerField(null=True)
    members = models.ManyToManyField('accounts.User', related_name='photo_members', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='photos_1')

    def __str__(self):
        return f'{self.pk}: {self.code}'


class Board(models.Model):
    slug = models.IntegerField(unique=True)
    weight = models.BooleanField(default=False)
    uid = models.PositiveIntegerField(default=0, null=True)
