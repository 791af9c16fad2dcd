from django.conf import settings
from django.db import models


class Profile(models.Model):
    id = models.AutoField(primary_key=True)
    rank = models.DecimalField(max_digits=8, decimal_places=3)
    stock = models.ImageField(upload_to='files/', db_column='stock_col')
    created_at = models.BigIntegerField(verbose_name='created_at')
    members = models.ManyToManyField('reviews.Board', related_name='profile_members', blank=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_fans', blank=True)
    board = models.ForeignKey('reviews.Board', on_delete=models.SET_NULL, null=True)

    class Meta:
        verbose_name = 'profile item'
