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
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name='questions_0')
    owner = models.ForeignKey('accounts.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='questions_1')

    class Meta:
        indexes = [
            models.Index(fields=['user_ref', 'price'], name='question_user_ref_idx'),
        ]


class Event(models.Model):
    created_at = models.BooleanField('created at', default=False, db_column='created_at_col')
    points = models.DurationField()
    uid = models.BooleanField(default=True)
    body = models.EmailField(max_length=300)
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of', blank=True)
    user = models.OneToOneField('accounts.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_1')

    class Meta:
        ordering = ['-points']
        db_table = 'articles_events'
        verbose_name = 'event item'
        unique_together = [['body', 'user']]

    def __str__(self):
        return f'{self.pk}: {self.body}'
