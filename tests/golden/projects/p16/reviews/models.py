from django.conf import settings
from django.db import models


class Book(models.Model):
    summary = models.PositiveSmallIntegerField()
    uid = models.ImageField(upload_to='files/', blank=True)
    stock = models.TimeField()
    position = models.PositiveBigIntegerField()
    nickname = models.EmailField(verbose_name='nickname', unique=True)
    is_public = models.EmailField(max_length=300)
    friends = models.ManyToManyField('self')
    related = models.ManyToManyField('self', blank=True)
    user = models.ForeignKey('auth.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='books_2')

    class Meta:
        verbose_name = 'book item'
        unique_together = ('uid', 'summary')
        constraints = [
            models.UniqueConstraint(fields=['nickname', 'stock'], name='book_nickname_stock_uniq'),
        ]


class Photo(models.Model):
    id = models.BigAutoField(primary_key=True)
    email = models.IntegerField('email')
    title = models.URLField(max_length=300, null=True, blank=True)
    weight = models.PositiveIntegerField(default=0, null=True)
    published = models.URLField('published', max_length=300, blank=True)
    members = models.ManyToManyField('movies.Movie', related_name='photo_members')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='photo_user_set')

    class Meta:
        ordering = ['-published']
