import uuid

from django.conf import settings
from django.db import models


class Todo(models.Model):
    published = models.ImageField(upload_to='images/', null=True)
    attachment = models.FileField(upload_to='files/')
    nickname = models.EmailField(max_length=300, db_index=True)
    memo = models.SlugField(null=True)
    uid = models.CharField('uid', max_length=10, blank=True)
    summary = models.PositiveBigIntegerField()
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True)
    users = models.ManyToManyField('accounts.User', related_name='todo_users', blank=True)

    class Meta:
        ordering = ['-nickname']
        unique_together = ('uid', 'memo')


class Post(models.Model):
    id = models.BigAutoField(primary_key=True)
    count = models.SmallIntegerField('count', default=0, null=True)
    updated_at = models.URLField()
    price = models.EmailField()
    rating = models.UUIDField(default=uuid.uuid4, unique=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, db_column='parent_key')

    def __str__(self):
        return self.price


class Review(models.Model):
    start = models.PositiveIntegerField(default=0)
    released = models.DateField(blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='reviews_0')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='review_user_set')

    class Meta:
        indexes = [models.Index(fields=['start'])]
