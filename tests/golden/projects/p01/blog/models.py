import uuid

from django.conf import settings
from django.db import models


class Question(models.Model):
    points = models.EmailField(max_length=100)
    score = models.ImageField(upload_to='uploads/%Y/%m/')
    parent = models.ForeignKey('community.Song', on_delete=models.PROTECT)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='question_user_ref_set')

    class Meta:
        ordering = ['-points']
        db_table = 'blog_questions'


class Product(models.Model):
    birthday = models.DateField(auto_now_add=True, null=True)
    code = models.UUIDField(default=uuid.uuid4, blank=True, unique=True)
    article = models.OneToOneField('boards.Article', on_delete=models.CASCADE)
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)
    writer = models.ForeignKey('community.Photo', on_delete=models.DO_NOTHING)

    class Meta:
        ordering = ['-code']
        indexes = [
            models.Index(fields=['code'], name='product_code_idx'),
        ]


class Comment(models.Model):
    price = models.DateField(null=True, blank=True)
    points = models.URLField()
    image = models.JSONField(default=dict, blank=True)
    start = models.SlugField()
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_like_users', blank=True)
