from django.conf import settings
from django.db import models


class Album(models.Model):
    body = models.FloatField()
    updated_at = models.CharField(max_length=255)
    count = models.DecimalField(max_digits=5, decimal_places=0)
    name = models.PositiveSmallIntegerField()
    created_at = models.CharField(max_length=10)
    opens = models.FloatField(null=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='albums_0', db_column='user_key')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_1')

    class Meta:
        ordering = ['-count']


class Article(models.Model):
    body = models.SmallIntegerField(verbose_name='body', default=0, null=True, blank=True)
    email = models.TimeField()
    rank = models.PositiveSmallIntegerField(blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='article_user_ref_set')
    writer = models.ForeignKey('Album', on_delete=models.SET_DEFAULT, null=True, default=None)
    members = models.ManyToManyField('accounts.User', related_name='article_members')

    class Meta:
        ordering = ['-body']
