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
        ordering = ['-like_boards']

    def __str__(self):
        return f'{self.pk}: {self.code}'


class Movie(models.Model):
    views = models.URLField(verbose_name='views', null=True)
    email = models.TimeField()
    summary = models.EmailField(unique=True)
    homepage = models.BooleanField(default=True, db_index=True)
    created_at = models.JSONField(blank=True)
    memo = models.DateTimeField(null=True, blank=True)
    album_ref = models.ForeignKey('Album', on_delete=models.CASCADE, null=True, blank=True)
    owner = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='movie_owner_set')
    board = models.ForeignKey('Board', on_delete=models.SET_NULL, null=True)

    class Meta:
        verbose_name = 'movie item'

    def __str__(self):
        return f'{self.pk}: {self.summary}'
