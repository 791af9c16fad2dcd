from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Order(models.Model):
    nickname = models.DateTimeField(auto_now=True, null=True)
    uid = models.PositiveIntegerField(default=0, db_column='uid_col')
    views = models.PositiveIntegerField(default=0)
    extra = models.SlugField(unique=True)
    address = models.CharField('address', max_length=10, unique=True)
    price = models.SlugField()
    owner = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='order_owner_set', db_index=False)
    todo = models.OneToOneField('shop.Todo', on_delete=models.CASCADE, related_name='orders_1')

    class Meta:
        unique_together = ('address', 'uid')


class Note(models.Model):
    address = models.EmailField(max_length=100)
    attachment = models.FileField(upload_to='files/')
    done = models.DateTimeField(auto_now=True, null=True, db_index=True, db_column='done_col')


class Author(models.Model):
    attachment = models.BooleanField(default=True, blank=True)
    released = models.DateTimeField()
    published = models.IntegerField(blank=True)
    rating = models.CharField(max_length=150, choices=[('a', 'A'), ('b', 'B')], default='')
    updated_at = models.PositiveBigIntegerField(null=True, blank=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='author_users', blank=True)
    like_orders = models.ManyToManyField(Order, related_name='author_like_orders', blank=True)
    fans = models.ManyToManyField('blog.Comment', related_name='author_fans')

    class Meta:
        verbose_name = 'author item'
