import uuid

from django.conf import settings
from django.db import models


class Choice(models.Model):
    published = models.FloatField(blank=True)
    data = models.BigIntegerField(db_column='data_col')
    homepage = models.PositiveIntegerField(default=0, db_index=True)
    address = models.FileField('address', upload_to='files/', null=True)
    released = models.IntegerField(default=0)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_like_users')
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_members', blank=True)

    class Meta:
        ordering = ['-released']
        db_table = 'boards_choices'


class Board(models.Model):
    score = models.PositiveBigIntegerField(blank=True)
    homepage = models.IntegerField(unique=True)
    image = models.DurationField('image')
    title = models.BooleanField(default=True)
    stock = models.TimeField(verbose_name='stock', null=True, blank=True)
    slug = models.DurationField()
    owner = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='board_owner_set')

    class Meta:
        ordering = ['-stock']
        verbose_name = 'board item'
        unique_together = ('slug', 'owner')
        constraints = [
            models.UniqueConstraint(fields=['score', 'homepage'], name='board_score_homepage_uniq'),
        ]
        indexes = [models.Index(fields=['owner'])]


class Photo(models.Model):
    id = models.AutoField(primary_key=True)
    points = models.FloatField(db_column='points_col')
    summary = models.UUIDField(verbose_name='summary', default=uuid.uuid4)
