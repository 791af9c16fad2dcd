import uuid

from django.conf import settings
from django.db import models


class Product(models.Model):
    name = models.UUIDField(default=uuid.uuid4)
    content = models.ImageField(upload_to='files/')
    position = models.FloatField()
    is_public = models.IntegerField('is public', default=0)
    level = models.CharField(max_length=150, choices=[('a', 'A'), ('b', 'B')], null=True, blank=True, unique=True)
    summary = models.FileField(upload_to='files/')
    owner = models.ForeignKey('movies.Profile', on_delete=models.CASCADE)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        ordering = ['-summary']


class Comment(models.Model):
    memo = models.SmallIntegerField(default=0)
    score = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    start = models.SlugField(blank=True)
    writer = models.ForeignKey('Product', on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='comments_1')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_users')

    class Meta:
        db_table = 'community_comments'


class Song(models.Model):
    name = models.CharField(max_length=150)
    count = models.DateField(verbose_name='count', db_index=True)
    weight = models.JSONField(default=dict, blank=True)
    released = models.PositiveSmallIntegerField()
    thumbnail = models.DateTimeField('thumbnail', auto_now_add=True)
    parent = models.ForeignKey(Comment, on_delete=models.DO_NOTHING, related_name='songs_0')

    class Meta:
        ordering = ['-name']
