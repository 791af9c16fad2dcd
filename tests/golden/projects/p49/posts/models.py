import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Product(models.Model):
    summary = models.BooleanField(default=True)
    score = models.DateField(blank=True)
    thumbnail = models.PositiveBigIntegerField('thumbnail', null=True, blank=True)
    points = models.PositiveIntegerField(default=0)
    title = models.DateTimeField(auto_now=True, null=True)
    status = models.TextField(verbose_name='status', null=True, db_column='status_col')

    class Meta:
        ordering = ['-thumbnail']
        constraints = [
            models.UniqueConstraint(fields=['points', 'thumbnail'], name='product_points_thumbnail_uniq'),
        ]


class Choice(models.Model):
    start = models.PositiveBigIntegerField(null=True)
    rating = models.PositiveSmallIntegerField()
    rank = models.UUIDField(blank=True)
    members = models.ManyToManyField('reviews.Board', related_name='choice_members', blank=True)
    user = models.OneToOneField(UserModel, on_delete=models.CASCADE, null=True, blank=True, related_name='choice_user_set', db_column='user_key')

    class Meta:
        ordering = ['-rank']
        indexes = [models.Index(fields=['rank', 'rating'])]


class Note(models.Model):
    id = models.AutoField(primary_key=True)
    is_public = models.UUIDField(default=uuid.uuid4)
    weight = models.CharField(max_length=255, default='draft', unique=True)
    code = models.TimeField()
    slug = models.SlugField(max_length=80, blank=True)
    done = models.DateTimeField(auto_now=True)
    email = models.PositiveIntegerField(verbose_name='email', default=0)
    writer = models.ForeignKey('auth.Group', on_delete=models.CASCADE, related_name='note_writer_set')
    owner = models.ForeignKey('reviews.Review', on_delete=models.CASCADE, related_name='notes_1')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='note_fans')
