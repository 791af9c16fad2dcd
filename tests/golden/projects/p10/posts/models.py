import uuid

from django.contrib.auth.models import User
from django.db import models


class Article(models.Model):
    content = models.PositiveIntegerField()
    address = models.PositiveBigIntegerField(db_column='address_col')
    image = models.TextField()
    length = models.SmallIntegerField(verbose_name='length', default=0, blank=True)
    rating = models.UUIDField(default=uuid.uuid4)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
    writer = models.ForeignKey(User, on_delete=models.PROTECT, null=True, blank=True, related_name='article_writer_set')

    class Meta:
        db_table = 'posts_articles'
        verbose_name = 'article item'


class Category(models.Model):
    birthday = models.UUIDField(db_column='birthday_col')
    released = models.DateTimeField()
    price = models.BigIntegerField()
    code = models.UUIDField(verbose_name='code', default=uuid.uuid4, null=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-parent']
        db_table = 'posts_categorys'
