from django.contrib.auth.models import User
from django.db import models


class Comment(models.Model):
    nickname = models.EmailField(blank=True, unique=True, db_column='nickname_col')
    weight = models.PositiveSmallIntegerField()
    status = models.TimeField()
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True)
    board = models.OneToOneField('shop.Board', on_delete=models.PROTECT, related_name='comments_1')
    owner = models.ForeignKey('auth.Group', on_delete=models.PROTECT, related_name='comment_owner_set')

    class Meta:
        unique_together = ('status', 'board')


class Song(models.Model):
    stock = models.DecimalField(verbose_name='stock', max_digits=5, decimal_places=2)
    body = models.ImageField(upload_to='files/', blank=True)
    name = models.BooleanField(default=False, db_column='name_col')
    title = models.TimeField(blank=True)
    is_public = models.TimeField('is public')
    user = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name='song_user_set')

    class Meta:
        ordering = ['-name']
        db_table = 'reviews_songs'
        verbose_name = 'song item'
        constraints = [
            models.UniqueConstraint(fields=['body', 'is_public'], name='song_body_is_public_uniq'),
        ]
