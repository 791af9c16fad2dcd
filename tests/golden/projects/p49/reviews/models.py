import uuid

from django.conf import settings
from django.db import models


class Choice(models.Model):
    done = models.TextField()
    extra = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    data = models.UUIDField(verbose_name='data', default=uuid.uuid4)
    memo = models.CharField(max_length=100)
    rating = models.FloatField(null=True)
    rank = models.SmallIntegerField()

    class Meta:
        ordering = ['-rating']
        verbose_name = 'choice item'
        indexes = [
            models.Index(fields=['data', 'extra'], name='choice_data_idx'),
        ]


class Song(models.Model):
    nickname = models.BooleanField(default=False)
    views = models.URLField()
    homepage = models.PositiveSmallIntegerField(blank=True)
    updated_at = models.UUIDField(default=uuid.uuid4, null=True, unique=True)
    summary = models.TextField()
    count = models.IntegerField('count', default=0)
    parent = models.ForeignKey('posts.Album', on_delete=models.SET_DEFAULT, null=True, default=None)
    todo = models.OneToOneField('articles.Todo', on_delete=models.SET_DEFAULT, null=True, default=None)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='song_writer_set')


class Category(models.Model):
    body = models.BooleanField(default=True)
    start = models.IntegerField(verbose_name='start', blank=True)
    price = models.CharField(max_length=10, db_column='price_col')
    weight = models.TimeField()
    rating = models.FloatField(db_index=True)
    fans = models.ManyToManyField('posts.Album', related_name='category_fans', blank=True)
    parent = models.ForeignKey('Choice', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='category_parent_set')

    def __str__(self):
        return self.price
