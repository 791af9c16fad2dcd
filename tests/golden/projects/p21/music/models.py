from django.conf import settings
from django.db import models


class Board(models.Model):
    attachment = models.TextField()
    email = models.DurationField(null=True, blank=True, db_column='email_col')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='board_owner_set')
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='board_members', blank=True)

    class Meta:
        ordering = ['-email']
        unique_together = ('attachment', 'email')
        constraints = [
            models.UniqueConstraint(fields=['owner', 'email'], name='board_owner_email_uniq'),
        ]


class Event(models.Model):
    name = models.FileField(upload_to='uploads/%Y/%m/')
    content = models.SmallIntegerField()
    memo = models.TimeField(db_index=True, db_column='memo_col')
    data = models.ImageField('data', upload_to='images/')
    homepage = models.JSONField(default=dict, null=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='events_0')
