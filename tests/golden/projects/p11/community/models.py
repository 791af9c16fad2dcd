import uuid

from django.conf import settings
from django.db import models


class Article(models.Model):
    created_at = models.JSONField()
    released = models.EmailField()
    done = models.ImageField(upload_to='uploads/%Y/%m/')
    updated_at = models.TimeField()
    start = models.UUIDField(default=uuid.uuid4)
    views = models.EmailField()

    class Meta:
        ordering = ['-released']
        verbose_name = 'article item'

    def __str__(self):
        return self.released


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    level = models.URLField(max_length=254, null=True)
    nickname = models.TextField()
    memo = models.PositiveSmallIntegerField()
    attachment = models.BigIntegerField()
    data = models.PositiveBigIntegerField()

    def __str__(self):
        return self.nickname


class Category(models.Model):
    thumbnail = models.DateTimeField(auto_now=True)
    title = models.DateTimeField()
    parent = models.ForeignKey('auth.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='category_parent_set', db_index=False)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='categorys_1')

    class Meta:
        ordering = ['-user']
        verbose_name = 'category item'
        indexes = [
            models.Index(fields=['user', 'parent'], name='category_user_idx'),
        ]
