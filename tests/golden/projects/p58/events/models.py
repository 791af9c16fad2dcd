from django.contrib.auth import get_user_model
from django.db import models


class Song(models.Model):
    points = models.TextField()
    count = models.CharField(max_length=200, db_index=True)
    product = models.OneToOneField('todos.Product', on_delete=models.CASCADE, related_name='songs_0')
    movies = models.ManyToManyField('Movie', related_name='song_movies')

    class Meta:
        ordering = ['-points']


class Movie(models.Model):
    id = models.BigAutoField(primary_key=True)
    name = models.SlugField()
    email = models.EmailField(verbose_name='email')
    content = models.DecimalField(max_digits=8, decimal_places=2)
    rating = models.URLField()
    user = models.ForeignKey(get_user_model(), on_delete=models.SET_NULL, null=True, blank=True, related_name='movies_0')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of')
    parent = models.ForeignKey('todos.Note', on_delete=models.CASCADE, null=True, blank=True, related_name='movies_2')

    class Meta:
        ordering = ['-rating']

    def __str__(self):
        return self.email
