import uuid

from django.conf import settings
from django.db import models


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    created_at = models.DurationField(null=True, db_index=True)
    rating = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    address = models.PositiveIntegerField()
    position = models.UUIDField(null=True, blank=True)
    opens = models.DecimalField(max_digits=10, decimal_places=2, blank=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='book_like_users')


class Note(models.Model):
    position = models.UUIDField(default=uuid.uuid4, blank=True)
    level = models.DurationField(db_column='level_col')
    memo = models.PositiveBigIntegerField()
    slug = models.BooleanField(default=False, blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    book = models.OneToOneField('Book', on_delete=models.DO_NOTHING, related_name='notes_2')

    class Meta:
        ordering = ['-slug']
        verbose_name = 'note item'


class Product(models.Model):
    opens = models.URLField(db_index=True)
    attachment = models.UUIDField(default=uuid.uuid4)
    parent = models.ForeignKey(Book, on_delete=models.CASCADE, related_name='products_0')
    related = models.ManyToManyField('self', blank=True)
