import uuid

from django.conf import settings
from django.db import models


class Movie(models.Model):
    done = models.UUIDField(default=uuid.uuid4)
    body = models.JSONField(default=dict, blank=True)
    choices = models.ManyToManyField('events.Choice', related_name='movie_choices')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='movies_1')

    class Meta:
        unique_together = [['body', 'owner']]


class Question(models.Model):
    id = models.AutoField(primary_key=True)
    updated_at = models.PositiveBigIntegerField()
    length = models.ImageField(verbose_name='length', upload_to='files/', null=True, blank=True, db_column='length_col')

    class Meta:
        ordering = ['-length']
        db_table = 'posts_questions'


class Song(models.Model):
    opens = models.PositiveSmallIntegerField(verbose_name='opens', blank=True)
    uid = models.BooleanField(default=True)
    code = models.TimeField(blank=True)
    birthday = models.PositiveBigIntegerField(verbose_name='birthday')
    title = models.ImageField(upload_to='images/')
    extra = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [models.Index(fields=['opens'])]
