from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Note(models.Model):
    views = models.DateTimeField(auto_now_add=True, db_index=True)
    length = models.TimeField('length')

    class Meta:
        db_table = 'community_notes'
        indexes = [models.Index(fields=['views'])]


class Genre(models.Model):
    summary = models.TextField()
    price = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    fans = models.ManyToManyField('Note', related_name='genre_fans', blank=True)
    user = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True, related_name='genres_1')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, related_name='genre_parent_set')


class Product(models.Model):
    image = models.CharField(max_length=200)
    score = models.TextField()
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True, related_name='products_0')
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='product_members')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name='products_2')

    class Meta:
        unique_together = ('parent', 'image')
        indexes = [models.Index(fields=['score', 'parent'])]

    def __str__(self):
        return f'{self.pk}: {self.image}'
