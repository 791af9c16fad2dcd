from django.contrib.auth import get_user_model
from django.db import models


class Product(models.Model):
    level = models.URLField(blank=True)
    thumbnail = models.URLField(blank=True)

    class Meta:
        verbose_name = 'product item'


class Book(models.Model):
    id = models.BigAutoField(primary_key=True)
    body = models.URLField()
    summary = models.DateTimeField(auto_now_add=True, null=True)
    price = models.TimeField(blank=True)
    slug = models.PositiveIntegerField(null=True)
    user = models.OneToOneField(get_user_model(), on_delete=models.DO_NOTHING, null=True, blank=True, related_name='book_user_set')
    related = models.ManyToManyField('self', blank=True)
    users = models.ManyToManyField('auth.User', related_name='book_users', blank=True)


class Tag(models.Model):
    views = models.TimeField()
    published = models.ImageField(upload_to='images/')
