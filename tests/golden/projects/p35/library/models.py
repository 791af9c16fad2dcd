from django.conf import settings
from django.db import models


class Todo(models.Model):
    weight = models.EmailField(db_column='weight_col')
    status = models.BooleanField(verbose_name='status', default=True)

    class Meta:
        unique_together = ('status', 'weight')


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
