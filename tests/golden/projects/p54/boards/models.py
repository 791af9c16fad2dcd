import uuid

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Article(models.Model):
    start = models.TextField()
    homepage = models.UUIDField(default=uuid.uuid4)
    updated_at = models.EmailField(blank=True)
    views = models.ImageField(upload_to='uploads/%Y/%m/')
    published = models.IntegerField(default=0, unique=True)
    summary = models.JSONField(blank=True)
    friends = models.ManyToManyField('self', blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='article_writer_set')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='articles_2')

    class Meta:
        verbose_name = 'article item'


class Author(models.Model):
    body = models.BooleanField(default=False, blank=True)
    done = models.PositiveBigIntegerField()
    attachment = models.SmallIntegerField()
    email = models.CharField(verbose_name='email', max_length=255, unique=True)

    class Meta:
        ordering = ['-done']
        indexes = [models.Index(fields=['body'])]

    def __str__(self):
        return f'{self.pk}: {self.email}'


class Song(models.Model):
    price = models.FileField(upload_to='images/')
    address = models.DecimalField(max_digits=5, decimal_places=3, null=True, blank=True, db_index=True)
    points = models.PositiveBigIntegerField()
    name = models.EmailField(verbose_name='name', blank=True)
    published = models.DateField()
    members = models.ManyToManyField(User, related_name='song_members')

    class Meta:
        ordering = ['-points']
        db_table = 'boards_songs'
        constraints = [
            models.UniqueConstraint(fields=['address', 'published'], name='song_address_published_uniq'),
        ]
        indexes = [models.Index(fields=['address', 'published'])]
