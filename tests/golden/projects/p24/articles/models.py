import uuid

from django.conf import settings
from django.db import models


class Song(models.Model):
    memo = models.BigIntegerField()
    nickname = models.EmailField()
    image = models.DurationField()
    weight = models.DurationField(verbose_name='weight', null=True)
    rating = models.UUIDField(default=uuid.uuid4, blank=True)

    class Meta:
        unique_together = ('weight', 'image')
        indexes = [models.Index(fields=['image'])]

    def __str__(self):
        return f'{self.pk}: {self.nickname}'


class Question(models.Model):
    price = models.EmailField('price')
    thumbnail = models.PositiveIntegerField(default=0)
    fans = models.ManyToManyField('Event', related_name='question_fans', blank=True)
    song = models.OneToOneField('Song', on_delete=models.SET_NULL, null=True, related_name='questions_1')

    class Meta:
        ordering = ['-price']


class Event(models.Model):
    address = models.DateField(db_column='address_col')
    name = models.URLField(max_length=100)
    weight = models.PositiveBigIntegerField()
    data = models.BigIntegerField('data', null=True)
    is_public = models.JSONField('is public', default=dict)
    question = models.ForeignKey('Question', on_delete=models.DO_NOTHING, related_name='event_question_set')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='event_like_users')

    class Meta:
        unique_together = [['name', 'address']]
        indexes = [models.Index(fields=['data', 'name'])]
