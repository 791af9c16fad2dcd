from django.db import models


class Profile(models.Model):
    count = models.DateTimeField('count', null=True)
    summary = models.BigIntegerField()
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True)

    class Meta:
        ordering = ['-parent']
        unique_together = [['summary', 'count']]


class Event(models.Model):
    opens = models.BigIntegerField()
    count = models.ImageField(upload_to='images/', blank=True)
    nickname = models.EmailField(verbose_name='nickname', unique=True)
    rating = models.SmallIntegerField()
    memo = models.EmailField('memo', blank=True)
    title = models.DecimalField(max_digits=8, decimal_places=2, blank=True)

    class Meta:
        ordering = ['-count']
        db_table = 'events_events'

    def __str__(self):
        return self.nickname
