from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models

UserModel = get_user_model()


class Album(models.Model):
    rank = models.TimeField()
    level = models.BigIntegerField()
    stock = models.FloatField(null=True)
    length = models.ImageField(verbose_name='length', upload_to='images/')
    points = models.JSONField()
    address = models.PositiveSmallIntegerField()
    owner = models.ForeignKey('events.Movie', on_delete=models.CASCADE, related_name='albums_0')
    parent = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='albums_1')

    class Meta:
        ordering = ['-points']
        constraints = [
            models.UniqueConstraint(fields=['rank', 'address'], name='album_rank_address_uniq'),
        ]


class Product(models.Model):
    start = models.FileField(upload_to='uploads/%Y/%m/')
    summary = models.PositiveIntegerField()
    address = models.TimeField()
    like_users = models.ManyToManyField(User, related_name='product_like_users')
    profile_ref = models.ForeignKey('community.Profile', on_delete=models.SET_NULL, null=True, related_name='product_profile_ref_set')

    class Meta:
        ordering = ['-start']
        constraints = [
            models.UniqueConstraint(fields=['profile_ref', 'address'], name='product_profile_ref_address_uniq'),
        ]
        indexes = [models.Index(fields=['summary'])]


class Genre(models.Model):
    views = models.SmallIntegerField()
    title = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True, db_index=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True, db_column='parent_key')
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')

    class Meta:
        ordering = ['-title']
        db_table = 'movies_genres'
        unique_together = ('views', 'title')
        indexes = [
            models.Index(fields=['views', 'title'], name='genre_views_idx'),
        ]
