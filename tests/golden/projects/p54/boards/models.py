import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models


class Article(models.Model):
    title = models.CharField('title', max_length=50, unique=True)
    code = models.PositiveIntegerField(default=0)
    content = models.BigIntegerField(null=True)
    thumbnail = models.IntegerField(default=0, unique=True)
    genre_ref = models.ForeignKey('events.Genre', on_delete=models.CASCADE, related_name='article_genre_ref_set')

    class Meta:
        verbose_name = 'article item'
        indexes = [models.Index(fields=['genre_ref'])]

    def __str__(self):
        return self.title


class Photo(models.Model):
    score = models.UUIDField(blank=True)
    birthday = models.FloatField(blank=True)
    thumbnail = models.PositiveBigIntegerField(null=True)
    slug = models.UUIDField(default=uuid.uuid4)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)
    comment = models.ForeignKey('movies.Comment', on_delete=models.CASCADE, related_name='photos_2')

    class Meta:
        ordering = ['-comment']
        db_table = 'boards_photos'
        unique_together = [['score', 'parent']]


class Note(models.Model):
    id = models.AutoField(primary_key=True)
    is_public = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    rating = models.BigIntegerField(verbose_name='rating')
    summary = models.ImageField(upload_to='images/')
    opens = models.PositiveSmallIntegerField()
    position = models.IntegerField(default=0)
    like_users = models.ManyToManyField(User, related_name='note_like_users', blank=True)
    writer = models.ForeignKey(get_user_model(), on_delete=models.PROTECT, related_name='notes_1')
    book = models.ForeignKey('library.Book', on_delete=models.CASCADE, related_name='note_book_set')

    class Meta:
        ordering = ['-writer']
