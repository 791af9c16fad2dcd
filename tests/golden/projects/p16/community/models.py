from django.contrib.auth import get_user_model
from django.db import models


class Review(models.Model):
    rank = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    created_at = models.JSONField(default=dict, null=True)
    released = models.DurationField(null=True)
    length = models.SmallIntegerField(default=0, db_index=True)
    address = models.EmailField(max_length=100)
    slug = models.SlugField('slug', max_length=80, blank=True)
    writer = models.ForeignKey('reviews.Photo', on_delete=models.CASCADE, related_name='reviews_0')

    class Meta:
        ordering = ['-writer']

    def __str__(self):
        return self.address


class Album(models.Model):
    summary = models.DateTimeField(null=True)
    data = models.JSONField(default=dict)
    published = models.PositiveIntegerField(default=0)
    extra = models.DateField(auto_now_add=True, db_index=True)
    photos = models.ManyToManyField('reviews.Photo', related_name='album_photos', blank=True)
    parent = models.ForeignKey(get_user_model(), on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_1')

    class Meta:
        ordering = ['-published']


class Order(models.Model):
    id = models.BigAutoField(primary_key=True)
    done = models.DateField()
    data = models.CharField('data', max_length=200, db_column='data_col')
    uid = models.DurationField()
    rank = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['data', 'uid'], name='order_data_uid_uniq'),
        ]
        indexes = [
            models.Index(fields=['uid', 'rank'], name='order_uid_idx'),
        ]
