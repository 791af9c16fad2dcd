import uuid

from django.db import models


class Review(models.Model):
    start = models.PositiveBigIntegerField(blank=True)
    homepage = models.FloatField()
    birthday = models.FileField(upload_to='images/', blank=True)
    summary = models.CharField(max_length=255, choices=[('a', 'A'), ('b', 'B')], null=True)
    is_public = models.PositiveSmallIntegerField(db_index=True)
    length = models.EmailField(null=True)
    writer = models.ForeignKey('articles.Question', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='reviews_0')
    owner = models.ForeignKey('articles.Question', on_delete=models.CASCADE, related_name='review_owner_set')
    like_events = models.ManyToManyField('Event', related_name='review_like_events')

    class Meta:
        verbose_name = 'review item'
        constraints = [
            models.UniqueConstraint(fields=['start', 'is_public'], name='review_start_is_public_uniq'),
        ]


class Board(models.Model):
    thumbnail = models.BooleanField(default=True, blank=True)
    length = models.UUIDField(default=uuid.uuid4, unique=True)
    slug = models.TextField(null=True)
    start = models.SmallIntegerField(verbose_name='start', default=0, db_column='start_col')
    nickname = models.IntegerField(default=0)
    position = models.EmailField()


class Event(models.Model):
    opens = models.BigIntegerField(null=True, blank=True, db_index=True)
    data = models.UUIDField(default=uuid.uuid4, null=True)

    class Meta:
        ordering = ['-data']
