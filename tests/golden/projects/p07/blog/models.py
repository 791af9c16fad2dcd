import uuid

from django.db import models


class Event(models.Model):
    rank = models.URLField()
    status = models.PositiveBigIntegerField(blank=True)
    start = models.SlugField(max_length=80, null=True)
    position = models.PositiveSmallIntegerField(db_column='position_col')
    email = models.SlugField(verbose_name='email')
    body = models.ImageField(upload_to='uploads/%Y/%m/', null=True)

    class Meta:
        verbose_name = 'event item'
        unique_together = ('status', 'rank')


class Photo(models.Model):
    done = models.PositiveIntegerField(verbose_name='done')
    opens = models.SlugField(max_length=80)
    title = models.DecimalField(max_digits=5, decimal_places=0, null=True, blank=True)
    stock = models.FileField(upload_to='files/', null=True)
    extra = models.BigIntegerField(null=True)
    nickname = models.SlugField(verbose_name='nickname', max_length=80, null=True, unique=True)
    fans = models.ManyToManyField('articles.Article', related_name='photo_fans')

    class Meta:
        ordering = ['-title']
        verbose_name = 'photo item'
        constraints = [
            models.UniqueConstraint(fields=['nickname', 'done'], name='photo_nickname_done_uniq'),
        ]


class Product(models.Model):
    data = models.JSONField()
    published = models.FloatField(db_index=True)
    views = models.PositiveSmallIntegerField()
    position = models.DateTimeField(auto_now_add=True, blank=True)
    opens = models.UUIDField(default=uuid.uuid4, unique=True)
    points = models.TimeField(null=True, blank=True, db_index=True)
    parent = models.ForeignKey('Event', on_delete=models.PROTECT)
    owner = models.ForeignKey('todos.Review', on_delete=models.CASCADE, related_name='product_owner_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['points', 'opens'], name='product_points_opens_uniq'),
        ]
