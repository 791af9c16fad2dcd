from django.conf import settings
from django.db import models


class Book(models.Model):
    birthday = models.DateTimeField(verbose_name='birthday', auto_now=True, blank=True, db_column='birthday_col')
    done = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='books_0')
    related = models.ManyToManyField('self')

    class Meta:
        indexes = [models.Index(fields=['done', 'writer'])]


class Article(models.Model):
    opens = models.PositiveBigIntegerField(blank=True)
    body = models.PositiveBigIntegerField()
    data = models.BooleanField(default=True)
    user_ref = models.ForeignKey('users.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='article_user_ref_set')

    class Meta:
        ordering = ['-body']
        db_table = 'todos_articles'


class Tag(models.Model):
    rank = models.BooleanField(default=False, blank=True)
    email = models.TimeField(verbose_name='email')
    weight = models.PositiveSmallIntegerField(null=True, db_column='weight_col')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, null=True, blank=True, related_name='tags_0')
    book = models.ForeignKey(Book, on_delete=models.SET_NULL, null=True, blank=True, related_name='tag_book_set', db_column='book_key')

    class Meta:
        ordering = ['-book']
        db_table = 'todos_tags'
