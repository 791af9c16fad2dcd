from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Post(models.Model):
    homepage = models.DateTimeField(auto_now=True)
    rating = models.JSONField()
    data = models.FloatField()
    writer = models.ForeignKey('auth.User', on_delete=models.CASCADE, related_name='posts_0')

    class Meta:
        ordering = ['-writer']


class Book(models.Model):
    image = models.DateField(blank=True, db_index=True)
    code = models.BigIntegerField()
    uid = models.DateField('uid', null=True, blank=True)

    class Meta:
        ordering = ['-image']
        unique_together = ('code', 'uid')
        constraints = [
            models.UniqueConstraint(fields=['uid', 'image'], name='book_uid_image_uniq'),
        ]


class Order(models.Model):
    content = models.DateTimeField(verbose_name='content')
    code = models.EmailField('code')
    thumbnail = models.BooleanField(default=False, db_column='thumbnail_col')
    user_ref = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='order_user_ref_set')

    class Meta:
        db_table = 'todos_orders'
        unique_together = ('code', 'user_ref')
