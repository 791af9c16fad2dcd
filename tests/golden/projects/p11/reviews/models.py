from django.conf import settings
from django.db import models


class Comment(models.Model):
    id = models.BigAutoField(primary_key=True)
    image = models.BigIntegerField(null=True)
    extra = models.TextField()
    level = models.PositiveIntegerField(default=0, null=True, blank=True)
    stock = models.BigIntegerField()
    nickname = models.DateField()
    birthday = models.DateField(auto_now_add=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_like_users')

    class Meta:
        unique_together = ('stock', 'nickname')


class Board(models.Model):
    slug = models.TimeField(null=True)
    price = models.CharField(max_length=150, blank=True)
    updated_at = models.DurationField()
    body = models.PositiveSmallIntegerField(verbose_name='body', blank=True, db_column='body_col')
    parent = models.ForeignKey('community.Note', on_delete=models.PROTECT, related_name='boards_0', db_column='parent_key')
    fans = models.ManyToManyField('community.Article', related_name='board_fans', blank=True)

    class Meta:
        db_table = 'reviews_boards'


class Song(models.Model):
    level = models.PositiveBigIntegerField()
    rating = models.URLField()
    parent = models.ForeignKey('community.Question', on_delete=models.CASCADE, related_name='songs_0')
    notes = models.ManyToManyField('community.Note', related_name='song_notes')

    class Meta:
        ordering = ['-level']
