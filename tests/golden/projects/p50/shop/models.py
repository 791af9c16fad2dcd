from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Photo(models.Model):
    slug = models.IntegerField(default=0, null=True)
    nickname = models.SlugField(unique=True, db_column='nickname_col')
    summary = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    status = models.FloatField(verbose_name='status', blank=True)
    done = models.DecimalField(max_digits=5, decimal_places=3, db_column='done_col')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='photo_user_set')
    members = models.ManyToManyField('auth.User', related_name='photo_members', blank=True)

    class Meta:
        ordering = ['-nickname']

    def __str__(self):
        return self.nickname


class Album(models.Model):
    image = models.CharField(max_length=20, null=True, blank=True)
    rank = models.JSONField(default=dict)
    body = models.SlugField(max_length=80, unique=True)
    user = models.OneToOneField(User, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='album_user_set')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        db_table = 'shop_albums'


class Article(models.Model):
    body = models.FloatField('body')
    nickname = models.URLField(verbose_name='nickname', max_length=254)
    extra = models.TextField()
    address = models.PositiveIntegerField()
    fans = models.ManyToManyField(User, related_name='article_fans', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['extra', 'nickname'], name='article_extra_nickname_uniq'),
        ]
