from django.db import models


class Board(models.Model):
    image = models.CharField(max_length=50)
    created_at = models.CharField(max_length=50, blank=True)
    fans = models.ManyToManyField('todos.Profile', related_name='board_fans', blank=True)

    class Meta:
        ordering = ['-fans']
        verbose_name = 'board item'

    def __str__(self):
        return self.created_at


class Movie(models.Model):
    name = models.FileField(upload_to='uploads/%Y/%m/')
    title = models.DurationField()
    created_at = models.ImageField(upload_to='uploads/%Y/%m/')
    image = models.SmallIntegerField()
    birthday = models.DurationField(blank=True)
    book = models.OneToOneField('shop.Book', on_delete=models.PROTECT, related_name='movies_0')

    class Meta:
        verbose_name = 'movie item'
