import uuid

from django.db import models


class Photo(models.Model):
    done = models.TextField(blank=True)
    count = models.DateField('count', auto_now_add=True, null=True)

    class Meta:
        ordering = ['-count']
        indexes = [
            models.Index(fields=['done', 'count'], name='photo_done_idx'),
        ]


class Profile(models.Model):
    points = models.TextField(null=True)
    attachment = models.FloatField(null=True)
    views = models.PositiveSmallIntegerField(null=True)
    email = models.TimeField()
    level = models.SlugField()
    memo = models.BooleanField(default=True, db_index=True, db_column='memo_col')
    members = models.ManyToManyField('reviews.Song', related_name='profile_members')

    class Meta:
        ordering = ['-points']
        verbose_name = 'profile item'

    def __str__(self):
        return f'{self.pk}: {self.points}'


class Board(models.Model):
    opens = models.EmailField(max_length=300)
    rating = models.UUIDField(db_column='rating_col')
    email = models.UUIDField(default=uuid.uuid4, null=True)
    stock = models.DateField(auto_now_add=True)
    parent = models.ForeignKey('reviews.Song', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='boards_0')
