from django.conf import settings
from django.db import models


class Article(models.Model):
    address = models.DateTimeField(auto_now=True, blank=True)
    released = models.DecimalField(max_digits=8, decimal_places=3)
    summary = models.DateTimeField(auto_now=True)
    name = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')], blank=True, db_column='name_col')
    parent = models.ForeignKey('auth.User', on_delete=models.PROTECT, related_name='article_parent_set', db_index=False)
    choice_ref = models.ForeignKey('posts.Choice', on_delete=models.CASCADE, related_name='articles_2')


class Genre(models.Model):
    id = models.BigAutoField(primary_key=True)
    thumbnail = models.DateTimeField(verbose_name='thumbnail', auto_now_add=True, db_index=True, db_column='thumbnail_col')
    attachment = models.FileField(upload_to='uploads/%Y/%m/')
    weight = models.DurationField(blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, blank=True, related_name='genres_0')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_like_users')

    class Meta:
        unique_together = [['attachment', 'weight']]
        indexes = [models.Index(fields=['parent', 'attachment'])]


class Album(models.Model):
    level = models.DateTimeField(verbose_name='level', db_column='level_col')
    created_at = models.PositiveSmallIntegerField()
    memo = models.EmailField(null=True)
    extra = models.ImageField(upload_to='uploads/%Y/%m/')
    thumbnail = models.IntegerField(default=0)
    owner = models.ForeignKey('blog.Comment', on_delete=models.SET_NULL, null=True, blank=True, related_name='album_owner_set')

    class Meta:
        unique_together = ('thumbnail', 'memo')
