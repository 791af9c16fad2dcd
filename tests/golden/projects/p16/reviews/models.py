from django.conf import settings
from django.db import models


class Todo(models.Model):
    stock = models.DateTimeField(blank=True, db_column='stock_col')
    length = models.EmailField(max_length=300)
    created_at = models.TimeField(blank=True)
    extra = models.FloatField(blank=True)
    email = models.ImageField(upload_to='images/', null=True, blank=True)
    opens = models.URLField(max_length=100, blank=True)
    fans = models.ManyToManyField('community.Review', related_name='todo_fans')
    categorys = models.ManyToManyField('community.Category', related_name='todo_categorys', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['created_at', 'length'], name='todo_created_at_length_uniq'),
        ]


class Board(models.Model):
    created_at = models.SlugField()
    homepage = models.FileField('homepage', upload_to='uploads/%Y/%m/', null=True, blank=True)
    price = models.FloatField()
    level = models.DateField()
    released = models.URLField()

    class Meta:
        ordering = ['-created_at']

    def __str__(self):
        return f'{self.pk}: {self.created_at}'


class Movie(models.Model):
    title = models.DecimalField(max_digits=10, decimal_places=3, null=True)
    summary = models.JSONField(blank=True)
    extra = models.BigIntegerField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='movies_0', db_column='owner_key')
    parent = models.ForeignKey('movies.Tag', on_delete=models.SET_NULL, null=True, blank=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        db_table = 'reviews_movies'
