from django.conf import settings
from django.db import models


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    stock = models.BooleanField(default=True, blank=True, db_index=True)
    address = models.CharField(max_length=150, choices=[('a', 'A'), ('b', 'B')], blank=True)
    points = models.TimeField()
    count = models.IntegerField(null=True)
    level = models.SlugField(null=True, unique=True)
    parent = models.ForeignKey('blog.Note', on_delete=models.CASCADE, related_name='books_0')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='book_user_set')

    class Meta:
        indexes = [
            models.Index(fields=['user'], name='book_user_idx'),
        ]

    def __str__(self):
        return self.level


class Choice(models.Model):
    price = models.DurationField()
    email = models.DateField()
    position = models.URLField(blank=True)
    name = models.SlugField(max_length=80)
    published = models.PositiveSmallIntegerField(blank=True, db_index=True)
    book_ref = models.ForeignKey(Book, on_delete=models.CASCADE, related_name='choices_0')

    class Meta:
        unique_together = [['name', 'price']]


class Question(models.Model):
    nickname = models.ImageField(upload_to='uploads/%Y/%m/')
    code = models.SmallIntegerField(default=0, blank=True)
    updated_at = models.FloatField(blank=True)

    class Meta:
        verbose_name = 'question item'
