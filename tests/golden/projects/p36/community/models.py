from django.conf import settings
from django.db import models


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
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True, db_index=False)

    class Meta:
        verbose_name = 'genre item'
        indexes = [
            models.Index(fields=['released', 'content'], name='genre_released_idx'),
        ]


class Article(models.Model):
    released = models.JSONField(default=dict)
    updated_at = models.SlugField(verbose_name='updated_at', blank=True)

    def __str__(self):
        return self.updated_at
