from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models

UserModel = get_user_model()


class Genre(models.Model):
    id = models.BigAutoField(primary_key=True)
    released = models.DecimalField(max_digits=8, decimal_places=3)
    body = models.DateTimeField(auto_now=True)
    nickname = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')], blank=True, db_column='nickname_col')
    start = models.DecimalField(max_digits=8, decimal_places=2)
    code = models.PositiveIntegerField(default=0)
    level = models.PositiveBigIntegerField(blank=True)
    members = models.ManyToManyField(UserModel, related_name='genre_members')
    user_ref = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name='genre_user_ref_set')

    class Meta:
        ordering = ['-code']
        db_table = 'reviews_genres'
        verbose_name = 'genre item'
        constraints = [
            models.UniqueConstraint(fields=['level', 'code'], name='genre_level_code_uniq'),
        ]


class Product(models.Model):
    opens = models.PositiveBigIntegerField()
    name = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    extra = models.IntegerField(verbose_name='extra', null=True)
    done = models.PositiveIntegerField(default=0, null=True)
    price = models.URLField(max_length=300)
    like_users = models.ManyToManyField(UserModel, related_name='product_like_users')
    user = models.OneToOneField(UserModel, on_delete=models.CASCADE, related_name='product_user_set')

    class Meta:
        ordering = ['-extra']
