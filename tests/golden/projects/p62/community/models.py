from django.conf import settings
from django.db import models


class Todo(models.Model):
    is_public = models.DateField(auto_now_add=True, null=True, db_index=True)
    count = models.TextField()
    released = models.IntegerField(null=True, db_column='released_col')
    opens = models.EmailField(blank=True)
    published = models.PositiveIntegerField(verbose_name='published', default=0)
    updated_at = models.BooleanField(default=True)
    fans = models.ManyToManyField('Profile', related_name='todo_fans', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='todos_1')
    photos = models.ManyToManyField('events.Photo', related_name='todo_photos')

    class Meta:
        ordering = ['-is_public']

    def __str__(self):
        return f'{self.pk}: {self.opens}'


class Profile(models.Model):
    stock = models.EmailField()
    score = models.EmailField(max_length=254, db_column='score_col')
    title = models.CharField(verbose_name='title', max_length=10, choices=[('a', 'A'), ('b', 'B')], blank=True)
    position = models.DateField(blank=True, db_index=True)
    summary = models.URLField(blank=True)
    writer = models.ForeignKey('movies.Genre', on_delete=models.CASCADE, null=True, blank=True, related_name='profiles_0')

    class Meta:
        ordering = ['-score']

    def __str__(self):
        return self.stock


class Author(models.Model):
    views = models.SlugField()
    opens = models.DecimalField(max_digits=10, decimal_places=3)
    slug = models.SlugField(db_index=True)
    thumbnail = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = 'author item'

    def __str__(self):
        return self.slug
