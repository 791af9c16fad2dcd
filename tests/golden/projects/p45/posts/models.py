import uuid

from django.db import models


class Category(models.Model):
    data = models.DateField(blank=True)
    opens = models.PositiveIntegerField(blank=True)
    memo = models.DurationField(verbose_name='memo')
    slug = models.PositiveBigIntegerField(verbose_name='slug', blank=True)
    body = models.FloatField(null=True, db_index=True)
    level = models.IntegerField(blank=True, unique=True)
    user = models.OneToOneField('auth.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='categorys_0')
    related = models.ManyToManyField('self', blank=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True)


class Question(models.Model):
    title = models.SlugField(unique=True)
    price = models.SmallIntegerField('price', default=0)
    views = models.UUIDField(default=uuid.uuid4, null=True, db_column='views_col')
    stock = models.DateField()
    start = models.PositiveBigIntegerField(db_column='start_col')
    address = models.FileField('address', upload_to='images/', blank=True)

    class Meta:
        ordering = ['-start']
        unique_together = ('stock', 'views')
