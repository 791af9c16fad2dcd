import uuid

from django.conf import settings
from django.db import models


class Post(models.Model):
    thumbnail = models.UUIDField(verbose_name='thumbnail', default=uuid.uuid4)
    title = models.CharField(max_length=100)
    birthday = models.UUIDField(null=True, unique=True)
    extra = models.TimeField()
    fans = models.ManyToManyField('boards.Choice', related_name='post_fans', blank=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    def __str__(self):
        return f'{self.pk}: {self.title}'


class Todo(models.Model):
    created_at = models.BooleanField(default=False)
    content = models.DurationField()
    movie_ref = models.ForeignKey('boards.Movie', on_delete=models.SET_NULL, null=True)
    post = models.OneToOneField('Post', on_delete=models.SET_NULL, null=True, blank=True)
    parent = models.ForeignKey('boards.Movie', on_delete=models.SET_NULL, null=True, blank=True, related_name='todo_parent_set')

    class Meta:
        unique_together = [['created_at', 'content']]


class Article(models.Model):
    weight = models.FloatField()
    stock = models.PositiveBigIntegerField(null=True)
    opens = models.DateField()
    thumbnail = models.TextField(null=True)
    writer = models.ForeignKey('boards.Movie', on_delete=models.DO_NOTHING)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='article_like_users', blank=True)
    fans = models.ManyToManyField('accounts.User', related_name='article_fans')

    class Meta:
        unique_together = ('weight', 'thumbnail')
