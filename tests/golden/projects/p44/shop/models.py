import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Category(models.Model):
    nickname = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')])
    score = models.CharField(verbose_name='score', max_length=150, unique=True, db_column='score_col')
    count = models.JSONField()
    position = models.DurationField()
    views = models.DurationField(null=True)
    slug = models.SmallIntegerField(default=0, blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='categorys_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)
    author = models.OneToOneField('posts.Author', on_delete=models.CASCADE, related_name='categorys_2')

    class Meta:
        verbose_name = 'category item'
        indexes = [models.Index(fields=['nickname'])]


class Movie(models.Model):
    opens = models.EmailField(null=True, unique=True)
    weight = models.UUIDField(verbose_name='weight', default=uuid.uuid4, blank=True)
    parent = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='movie_parent_set')
    members = models.ManyToManyField('Category', related_name='movie_members', blank=True)

    class Meta:
        ordering = ['-weight']
        indexes = [models.Index(fields=['opens'])]


class Todo(models.Model):
    uid = models.PositiveBigIntegerField(db_index=True)
    body = models.SmallIntegerField()
    created_at = models.PositiveIntegerField(blank=True)
    updated_at = models.TextField(null=True, db_column='updated_at_col')
    extra = models.TimeField(blank=True)
    status = models.FloatField()
    user = models.OneToOneField(UserModel, on_delete=models.CASCADE, related_name='todos_0')

    class Meta:
        verbose_name = 'todo item'
