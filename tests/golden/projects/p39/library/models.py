from django.db import models


class Book(models.Model):
    uid = models.DurationField(verbose_name='uid', blank=True)
    image = models.JSONField(default=dict, blank=True)
    summary = models.TimeField()
    rating = models.SlugField(null=True)
    homepage = models.DateTimeField(verbose_name='homepage', auto_now_add=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='books_0')
    fans = models.ManyToManyField('articles.Profile', related_name='book_fans')

    class Meta:
        ordering = ['-rating']
        db_table = 'library_books'
