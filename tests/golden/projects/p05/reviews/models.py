import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Genre(models.Model):
    id = models.AutoField(primary_key=True)
    points = models.BigIntegerField()
    views = models.PositiveSmallIntegerField('views', blank=True)
    position = models.TimeField()
    opens = models.JSONField(default=dict, blank=True)
    name = models.EmailField(db_index=True)
    extra = models.BooleanField(default=False)
    like_users = models.ManyToManyField(UserModel, related_name='genre_like_users')
    comment = models.OneToOneField('blog.Comment', on_delete=models.PROTECT, related_name='genre_comment_set')
    user = models.OneToOneField('auth.User', on_delete=models.CASCADE, related_name='genre_user_set')

    class Meta:
        db_table = 'reviews_genres'


class Product(models.Model):
    id = models.BigAutoField(primary_key=True)
    birthday = models.PositiveIntegerField(default=0, blank=True)
    released = models.PositiveSmallIntegerField()
    weight = models.DateTimeField(auto_now=True, null=True, db_index=True)
    rating = models.UUIDField(default=uuid.uuid4, null=True)
    parent = models.ForeignKey('posts.Tag', on_delete=models.DO_NOTHING, related_name='products_0')
    writer = models.ForeignKey('blog.Comment', on_delete=models.PROTECT, null=True, blank=True, related_name='products_1')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['rating', 'birthday'], name='product_rating_birthday_uniq'),
        ]
