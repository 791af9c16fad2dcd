import uuid

from django.db import models


class Event(models.Model):
    length = models.PositiveSmallIntegerField(blank=True)
    updated_at = models.CharField(max_length=50)
    name = models.UUIDField(default=uuid.uuid4, null=True)
    opens = models.BooleanField(default=False, blank=True)
    uid = models.SlugField(max_length=80, unique=True, db_column='uid_col')
    created_at = models.BigIntegerField(db_column='created_at_col')
    fans = models.ManyToManyField('auth.User', related_name='event_fans', blank=True)
    members = models.ManyToManyField('community.Song', related_name='event_members')
    comment = models.ForeignKey('movies.Comment', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_2')

    class Meta:
        ordering = ['-length']
        verbose_name = 'event item'
        unique_together = ('uid', 'opens')

    def __str__(self):
        return self.updated_at


class Order(models.Model):
    points = models.DurationField(blank=True)
    length = models.TimeField(db_index=True)
    event = models.OneToOneField(Event, on_delete=models.SET_DEFAULT, null=True)

    class Meta:
        unique_together = [['event', 'points']]
