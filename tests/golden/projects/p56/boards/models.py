import uuid

from django.db import models


class Tag(models.Model):
    position = models.UUIDField(default=uuid.uuid4, null=True)
    updated_at = models.UUIDField(default=uuid.uuid4, null=True)
    content = models.SlugField(blank=True)
    rating = models.DateTimeField('rating', auto_now_add=True, blank=True)
    homepage = models.FileField(upload_to='images/')
    summary = models.SlugField(null=True, unique=True)


class Category(models.Model):
    price = models.DurationField()
    points = models.DateField(db_column='points_col')
    birthday = models.DateTimeField()
    data = models.DateTimeField('data', auto_now_add=True)
    code = models.DurationField(null=True)
    status = models.PositiveSmallIntegerField()
    tags = models.ManyToManyField('Tag', related_name='category_tags', blank=True)
    fans = models.ManyToManyField('auth.Group', related_name='category_fans')
    parent = models.ForeignKey('self', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-price']
        verbose_name = 'category item'
