from django.db import models


class Album(models.Model):
    released = models.URLField(max_length=254)
    birthday = models.SmallIntegerField(db_column='birthday_col')
    song = models.ForeignKey('posts.Song', on_delete=models.CASCADE, null=True, blank=True, related_name='albums_0')
    book = models.ForeignKey('events.Book', on_delete=models.CASCADE, related_name='album_book_set')
    song_ref = models.ForeignKey('posts.Song', on_delete=models.CASCADE, related_name='albums_2')


class Category(models.Model):
    is_public = models.DateField()
    stock = models.PositiveSmallIntegerField()
    length = models.FileField('length', upload_to='files/')

    class Meta:
        ordering = ['-is_public']
