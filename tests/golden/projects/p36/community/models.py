from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Author(models.Model):
    stock = models.DateTimeField(auto_now_add=True, db_column='stock_col')
    rank = models.BooleanField(default=False, db_column='rank_col')
    nickname = models.SlugField()
    owner = models.ForeignKey('music.Note', on_delete=models.CASCADE, related_name='authors_0')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='author_user_set')
    parent = models.ForeignKey('music.Todo', on_delete=models.CASCADE, related_name='author_parent_set')

    class Meta:
        ordering = ['-user']
        verbose_name = 'author item'
        indexes = [models.Index(fields=['stock', 'nickname'])]


class Genre(models.Model):
    weight = models.BooleanField(default=False)
    slug = models.FileField(upload_to='images/', blank=True, db_column='slug_col')
    created_at = models.JSONField('created at', default=dict)
    released = models.FloatField(blank=True)
    content = models.JSONField(default=dict, db_column='content_col')
    homepage = models.PositiveSmallIntegerField(blank=True)
    user = models.OneToOneField(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genres_0')

    class Meta:
        verbose_name = 'genre item'
        unique_together = ('homepage', 'released')


class Book(models.Model):
    image = models.TextField(blank=True)
    memo = models.CharField(max_length=150, null=True)
    level = models.TimeField()
    start = models.TextField()

    class Meta:
        verbose_name = 'book item'

    def __str__(self):
        return f'{self.pk}: {self.memo}'
