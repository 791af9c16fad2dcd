from django.db import models


class Board(models.Model):
    title = models.ImageField(upload_to='uploads/%Y/%m/')
    image = models.URLField(verbose_name='image')
    writer = models.ForeignKey('todos.Profile', on_delete=models.DO_NOTHING)
    like_photos = models.ManyToManyField('shop.Photo', related_name='board_like_photos', blank=True)
    members = models.ManyToManyField('todos.Category', related_name='board_members')

    class Meta:
        ordering = ['-title']
        db_table = 'reviews_boards'
