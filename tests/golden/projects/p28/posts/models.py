from django.contrib.auth import get_user_model
from django.db import models


class Post(models.Model):
    slug = models.EmailField(blank=True)
    nickname = models.EmailField(max_length=300, unique=True)
    status = models.JSONField()
    user = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='post_user_set')

    class Meta:
        ordering = ['-status']

    def __str__(self):
        return f'{self.pk}: {self.nickname}'


class Album(models.Model):
    opens = models.SlugField(verbose_name='opens', blank=True)
    done = models.SlugField(max_length=80)
    thumbnail = models.TimeField(null=True, blank=True)
    price = models.EmailField(max_length=254, db_column='price_col')
    user = models.ForeignKey(get_user_model(), on_delete=models.SET_NULL, null=True, blank=True, related_name='album_user_set')
    parent = models.ForeignKey('reviews.Todo', on_delete=models.DO_NOTHING, related_name='album_parent_set')

    class Meta:
        unique_together = [['price', 'opens']]

    def __str__(self):
        return self.opens
