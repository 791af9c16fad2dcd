from django.conf import settings
from django.db import models


class Book(models.Model):
    memo = models.UUIDField(blank=True, db_column='memo_col')
    homepage = models.SlugField('homepage')
    image = models.TimeField('image')
    movie_ref = models.ForeignKey('reviews.Movie', on_delete=models.CASCADE, null=True, blank=True, related_name='books_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)

    class Meta:
        verbose_name = 'book item'
        unique_together = [['memo', 'parent']]


class Choice(models.Model):
    weight = models.BigIntegerField(null=True)
    slug = models.CharField(verbose_name='slug', max_length=50, db_column='slug_col')
    rating = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now=True, null=True)
    image = models.SmallIntegerField(blank=True)
    views = models.TextField(verbose_name='views')
    writer = models.ForeignKey(Book, on_delete=models.CASCADE, related_name='choices_0')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='choices_1')

    class Meta:
        unique_together = ('user', 'weight')


class Question(models.Model):
    rating = models.SlugField()
    is_public = models.DurationField()
    summary = models.IntegerField(default=0, null=True)
    name = models.ImageField('name', upload_to='images/')
    stock = models.SlugField(db_index=True)

    class Meta:
        db_table = 'music_questions'
        indexes = [
            models.Index(fields=['name', 'rating'], name='question_name_idx'),
        ]
