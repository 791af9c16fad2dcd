from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Album(models.Model):
    is_public = models.SlugField('is public', max_length=80)
    weight = models.JSONField(default=dict)
    uid = models.TimeField(blank=True)
    rating = models.IntegerField(default=0, null=True, blank=True, unique=True)
    summary = models.SmallIntegerField(null=True, blank=True)
    price = models.PositiveBigIntegerField(verbose_name='price', blank=True)

    class Meta:
        verbose_name = 'album item'


class Comment(models.Model):
    rating = models.SmallIntegerField(verbose_name='rating', blank=True, db_column='rating_col')
    price = models.BooleanField(default=True)
    user = models.OneToOneField(UserModel, on_delete=models.SET_NULL, null=True, blank=True, related_name='comment_user_set', db_column='user_key')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_fans')
    like_categorys = models.ManyToManyField('reviews.Category', related_name='comment_like_categorys')

    class Meta:
        ordering = ['-user']
