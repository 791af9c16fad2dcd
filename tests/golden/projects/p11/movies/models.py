import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Author(models.Model):
    thumbnail = models.SlugField(max_length=80, blank=True)
    rating = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    body = models.UUIDField(default=uuid.uuid4, null=True)
    slug = models.FloatField(verbose_name='slug')
    stock = models.TextField(verbose_name='stock', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='authors_0')

    def __str__(self):
        return f'{self.pk}: {self.stock}'


class Comment(models.Model):
    code = models.URLField(null=True, blank=True)
    score = models.PositiveBigIntegerField()
    count = models.SmallIntegerField()
    image = models.URLField(max_length=100, null=True)
    uid = models.EmailField(null=True, blank=True)

    class Meta:
        ordering = ['-image']
        constraints = [
            models.UniqueConstraint(fields=['uid', 'code'], name='comment_uid_code_uniq'),
        ]
        indexes = [models.Index(fields=['uid', 'image'])]

    def __str__(self):
        return f'{self.pk}: {self.uid}'


class Note(models.Model):
    is_public = models.CharField(max_length=100, choices=[('a', 'A'), ('b', 'B')])
    price = models.ImageField(upload_to='files/')
    rating = models.BigIntegerField()
    uid = models.DateField()
    body = models.DateField(auto_now_add=True)
    user = models.OneToOneField(get_user_model(), on_delete=models.SET_DEFAULT, null=True, default=None, related_name='notes_0')

    class Meta:
        ordering = ['-rating']
        db_table = 'movies_notes'
        verbose_name = 'note item'
