import uuid

from django.conf import settings
from django.db import models


class Product(models.Model):
    start = models.JSONField(null=True, db_column='start_col')
    address = models.PositiveSmallIntegerField(null=True)
    level = models.CharField(max_length=50, blank=True, db_index=True)
    released = models.IntegerField(null=True, db_index=True)
    uid = models.JSONField(default=dict)
    friends = models.ManyToManyField('self')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='product_parent_set')

    class Meta:
        ordering = ['-parent']
        indexes = [
            models.Index(fields=['address', 'released'], name='product_address_idx'),
        ]


class Choice(models.Model):
    id = models.AutoField(primary_key=True)
    memo = models.UUIDField(verbose_name='memo', default=uuid.uuid4, null=True, unique=True)
    code = models.FileField(upload_to='uploads/%Y/%m/')
    parent = models.ForeignKey('community.Article', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-parent']
        verbose_name = 'choice item'
        constraints = [
            models.UniqueConstraint(fields=['parent', 'memo'], name='choice_parent_memo_uniq'),
        ]


class Movie(models.Model):
    title = models.SmallIntegerField(verbose_name='title', null=True, blank=True)
    is_public = models.TextField(blank=True)
    status = models.PositiveIntegerField(null=True)
    stock = models.UUIDField(null=True, blank=True, db_index=True)
    thumbnail = models.UUIDField(db_column='thumbnail_col')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='movie_user_set')
    article = models.ForeignKey('community.Article', on_delete=models.DO_NOTHING)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movie_parent_set', db_column='parent_key', db_index=False)

    class Meta:
        unique_together = [['title', 'thumbnail']]
        constraints = [
            models.UniqueConstraint(fields=['parent', 'is_public'], name='movie_parent_is_public_uniq'),
        ]
