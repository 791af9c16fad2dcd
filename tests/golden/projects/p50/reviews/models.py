from django.contrib.auth import get_user_model
from django.db import models


class Comment(models.Model):
    points = models.TextField('points', blank=True)
    code = models.BigIntegerField()
    memo = models.DurationField(null=True)
    rank = models.IntegerField(default=0, blank=True)
    content = models.CharField(max_length=20)
    birthday = models.TimeField(null=True, blank=True)

    class Meta:
        ordering = ['-birthday']

    def __str__(self):
        return self.points


class Song(models.Model):
    id = models.AutoField(primary_key=True)
    done = models.BooleanField(default=False, db_column='done_col')
    data = models.TimeField(blank=True)
    updated_at = models.TimeField('updated at')
    position = models.BigIntegerField()
    rank = models.PositiveBigIntegerField(null=True, db_index=True)
    points = models.TextField(verbose_name='points', blank=True)
    board = models.OneToOneField('shop.Board', on_delete=models.CASCADE, related_name='songs_0')
    photo_ref = models.ForeignKey('shop.Photo', on_delete=models.PROTECT, related_name='songs_1', db_column='photo_ref_key', db_index=False)
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='songs_2')

    class Meta:
        db_table = 'reviews_songs'
        constraints = [
            models.UniqueConstraint(fields=['position', 'board'], name='song_position_board_uniq'),
        ]
        indexes = [
            models.Index(fields=['board', 'position'], name='song_board_idx'),
        ]
