from django.conf import settings
from django.db import models


class Board(models.Model):
    data = models.DateTimeField(null=True)
    count = models.ImageField(upload_to='images/')
    user = models.OneToOneField('users.User', on_delete=models.PROTECT, related_name='boards_0')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='board_writer_set', db_index=False)

    class Meta:
        verbose_name = 'board item'
        unique_together = [['user', 'writer']]


class Profile(models.Model):
    content = models.BooleanField('content', default=True, db_index=True)
    start = models.IntegerField(verbose_name='start', null=True, unique=True)
    thumbnail = models.FloatField()
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_fans', blank=True)
    members = models.ManyToManyField(Board, related_name='profile_members')

    class Meta:
        unique_together = ('start', 'thumbnail')
        constraints = [
            models.UniqueConstraint(fields=['content', 'thumbnail'], name='profile_content_thumbnail_uniq'),
        ]
        indexes = [models.Index(fields=['content', 'thumbnail'])]
