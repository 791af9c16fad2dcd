import uuid

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Review(models.Model):
    extra = models.TimeField(null=True)
    code = models.EmailField(max_length=100)
    attachment = models.UUIDField(default=uuid.uuid4)
    members = models.ManyToManyField('boards.Note', related_name='review_members')
    article = models.OneToOneField('boards.Article', on_delete=models.CASCADE, null=True, blank=True, related_name='review_article_set')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='reviews_2')

    class Meta:
        ordering = ['-article']
        db_table = 'library_reviews'
        constraints = [
            models.UniqueConstraint(fields=['attachment', 'code'], name='review_attachment_code_uniq'),
        ]


class Book(models.Model):
    data = models.TextField()
    address = models.TextField()
    updated_at = models.JSONField(default=dict)
    summary = models.BigIntegerField(null=True)
    like_users = models.ManyToManyField(User, related_name='book_like_users')
    parent = models.ForeignKey('boards.Article', on_delete=models.PROTECT, related_name='books_1')

    class Meta:
        ordering = ['-address']
        verbose_name = 'book item'
        unique_together = [['address', 'data']]
