from django.db import models


class Book(models.Model):
    nickname = models.BigIntegerField()
    opens = models.SmallIntegerField()
    rating = models.JSONField(default=dict)
    released = models.SmallIntegerField()
    owner = models.ForeignKey('reviews.Movie', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='books_0')
    like_authors = models.ManyToManyField('movies.Author', related_name='book_like_authors')


class Profile(models.Model):
    extra = models.PositiveSmallIntegerField()
    published = models.DecimalField(max_digits=10, decimal_places=3, null=True)

    class Meta:
        indexes = [
            models.Index(fields=['extra'], name='profile_extra_idx'),
        ]


class Song(models.Model):
    stock = models.DateTimeField()
    status = models.URLField('status', blank=True)
    start = models.BigIntegerField()
    updated_at = models.FileField(upload_to='images/', blank=True)
    content = models.DateTimeField(auto_now=True)
    opens = models.PositiveSmallIntegerField(db_index=True)
    movie_ref = models.ForeignKey('reviews.Movie', on_delete=models.CASCADE, related_name='song_movie_ref_set')
    movies = models.ManyToManyField('reviews.Movie', related_name='song_movies', blank=True)

    class Meta:
        ordering = ['-start']
