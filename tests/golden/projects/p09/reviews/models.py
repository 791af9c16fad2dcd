from django.db import models


class Board(models.Model):
    position = models.EmailField(max_length=300, null=True)
    attachment = models.EmailField(max_length=100, null=True, blank=True)

    class Meta:
        ordering = ['-position']
        db_table = 'reviews_boards'


class Album(models.Model):
    code = models.EmailField(verbose_name='code')
    weight = models.FileField(upload_to='files/')
    content = models.SlugField(max_length=80)
    thumbnail = models.DateField(auto_now_add=True)
    body = models.FileField(upload_to='uploads/%Y/%m/', null=True, blank=True)
    like_boards = models.ManyToManyField(Board, related_name='album_like_boards', blank=True)
    fans = models.ManyToManyField('Board', related_name='album_fans', blank=True)

    class Meta:
        ordering = ['-weight']

    def __str__(self):
        return f'{self.pk}: {self.code}'


class Note(models.Model):
    summary = models.JSONField(default=dict)
    homepage = models.SlugField(max_length=80, blank=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, related_name='notes_0')

    class Meta:
        unique_together = ('summary', 'homepage')
