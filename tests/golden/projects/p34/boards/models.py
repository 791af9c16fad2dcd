from django.conf import settings
from django.db import models


class Song(models.Model):
    stock = models.PositiveBigIntegerField(blank=True)
    length = models.TextField()
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='song_fans')
    book_ref = models.ForeignKey('blog.Book', on_delete=models.DO_NOTHING, related_name='song_book_ref_set')
