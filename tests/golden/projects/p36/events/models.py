import uuid

from django.db import models


class Album(models.Model):
    count = models.DecimalField(max_digits=8, decimal_places=0, null=True)
    rating = models.FloatField()
    attachment = models.DecimalField(max_digits=5, decimal_places=3)
    owner = models.ForeignKey('community.Note', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_0')
    note = models.OneToOneField('community.Note', on_delete=models.SET_NULL, null=True, blank=True, related_name='albums_1')


class Comment(models.Model):
    id = models.AutoField(primary_key=True)
    is_public = models.DurationField()
    slug = models.UUIDField('slug')
    released = models.FloatField(db_index=True)
    homepage = models.DateField(db_index=True)
    created_at = models.SlugField()

    class Meta:
        ordering = ['-slug']


class Book(models.Model):
    weight = models.SmallIntegerField(default=0, blank=True)
    title = models.PositiveBigIntegerField()
    nickname = models.ImageField(upload_to='uploads/%Y/%m/', null=True, blank=True)
    stock = models.UUIDField()
    content = models.UUIDField(default=uuid.uuid4, unique=True)

    class Meta:
        ordering = ['-stock']
        constraints = [
            models.UniqueConstraint(fields=['stock', 'title'], name='book_stock_title_uniq'),
        ]
