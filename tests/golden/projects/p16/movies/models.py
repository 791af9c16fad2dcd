from django.db import models


class Movie(models.Model):
    slug = models.EmailField(max_length=100)
    title = models.TextField()
    book_ref = models.ForeignKey('reviews.Book', on_delete=models.CASCADE, related_name='movies_0')
    parent = models.ForeignKey('reviews.Book', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movie_parent_set')

    def __str__(self):
        return f'{self.pk}: {self.title}'
