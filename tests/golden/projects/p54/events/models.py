import uuid

from django.db import models


class Post(models.Model):
    attachment = models.FloatField()
    name = models.UUIDField(default=uuid.uuid4)
    is_public = models.PositiveSmallIntegerField(blank=True)
    uid = models.SmallIntegerField(verbose_name='uid', default=0, blank=True)
    article = models.ForeignKey('boards.Article', on_delete=models.CASCADE, null=True, blank=True)
    parent = models.ForeignKey('library.Tag', on_delete=models.CASCADE)
    writer = models.ForeignKey('boards.Author', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='post_writer_set')

    class Meta:
        ordering = ['-article']


class Photo(models.Model):
    created_at = models.PositiveSmallIntegerField()
    status = models.SlugField(max_length=80)
    rank = models.FloatField('rank', blank=True)
    views = models.JSONField(default=dict)
    body = models.DurationField(null=True, blank=True)
    uid = models.BigIntegerField()
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='photos_0')

    class Meta:
        ordering = ['-status']
        db_table = 'events_photos'
        unique_together = ('parent', 'body')


class Order(models.Model):
    updated_at = models.BigIntegerField(verbose_name='updated_at', blank=True)
    published = models.ImageField(upload_to='images/')
    article = models.OneToOneField('boards.Article', on_delete=models.PROTECT)

    class Meta:
        ordering = ['-article']
        indexes = [
            models.Index(fields=['updated_at'], name='order_updated_at_idx'),
        ]
