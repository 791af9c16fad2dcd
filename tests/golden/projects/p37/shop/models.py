import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models

UserModel = get_user_model()


class Photo(models.Model):
    attachment = models.URLField(db_column='attachment_col')
    address = models.BooleanField(default=False)
    level = models.ImageField('level', upload_to='uploads/%Y/%m/')
    fans = models.ManyToManyField('todos.Genre', related_name='photo_fans')
    user = models.OneToOneField(User, on_delete=models.DO_NOTHING, related_name='photos_1')


class Review(models.Model):
    id = models.AutoField(primary_key=True)
    opens = models.DateTimeField(auto_now=True)
    data = models.UUIDField(default=uuid.uuid4)
    created_at = models.CharField('created at', max_length=150)
    thumbnail = models.DateTimeField()

    class Meta:
        unique_together = ('created_at', 'thumbnail')
        indexes = [
            models.Index(fields=['thumbnail', 'data'], name='review_thumbnail_idx'),
        ]


class Order(models.Model):
    id = models.AutoField(primary_key=True)
    homepage = models.CharField(max_length=200)
    stock = models.DateTimeField(verbose_name='stock', auto_now=True)
    name = models.ImageField(upload_to='images/')
    user = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='order_user_set')
    writer = models.ForeignKey('todos.Movie', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-stock']
        verbose_name = 'order item'
