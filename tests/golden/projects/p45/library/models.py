import uuid

from django.conf import settings
from django.db import models


class Genre(models.Model):
    price = models.ImageField(upload_to='uploads/%Y/%m/')
    length = models.UUIDField('length', default=uuid.uuid4, null=True, unique=True)
    uid = models.UUIDField(verbose_name='uid', default=uuid.uuid4, null=True, blank=True)
    position = models.FloatField(blank=True)
    homepage = models.DurationField(null=True)
    question_ref = models.ForeignKey('posts.Question', on_delete=models.SET_NULL, null=True, blank=True, related_name='genre_question_ref_set')
    fans = models.ManyToManyField('Post', related_name='genre_fans')
    category = models.ForeignKey('posts.Category', on_delete=models.PROTECT, related_name='genre_category_set')


class Review(models.Model):
    points = models.DateTimeField(null=True)
    address = models.CharField(max_length=10)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    members = models.ManyToManyField('posts.Category', related_name='review_members', blank=True)
    friends = models.ManyToManyField('self', blank=True)

    class Meta:
        unique_together = [['points', 'parent']]


class Post(models.Model):
    memo = models.SlugField('memo', max_length=80)
    image = models.SlugField(blank=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='post_like_users', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)
    fans = models.ManyToManyField('posts.Question', related_name='post_fans', blank=True)

    class Meta:
        ordering = ['-parent']
        verbose_name = 'post item'

    def __str__(self):
        return self.memo
