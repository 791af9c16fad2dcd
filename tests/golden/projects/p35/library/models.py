from django.conf import settings
from django.db import models


class Article(models.Model):
    level = models.PositiveIntegerField(default=0)
    birthday = models.BigIntegerField(db_column='birthday_col')

    class Meta:
        unique_together = ('birthday', 'level')


class Event(models.Model):
    image = models.PositiveBigIntegerField()
    email = models.DateField(null=True, db_column='email_col')
    published = models.DecimalField(verbose_name='published', max_digits=10, decimal_places=3)

    class Meta:
        db_table = 'library_events'


class Board(models.Model):
    published = models.JSONField(default=dict, null=True, blank=True)
    level = models.FileField(upload_to='files/', null=True)
    done = models.ImageField(upload_to='files/')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, null=True, blank=True, related_name='boards_0')
    like_events = models.ManyToManyField(Event, related_name='board_like_events', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['level', 'user'], name='board_level_user_uniq'),
        ]
