from django.conf import settings
from django.db import models


class Choice(models.Model):
    code = models.IntegerField(blank=True, db_index=True)
    title = models.CharField(max_length=10, choices=[('a', 'A'), ('b', 'B')])
    nickname = models.BigIntegerField(blank=True)
    body = models.PositiveSmallIntegerField()
    email = models.BooleanField(default=False, db_index=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_users')

    class Meta:
        unique_together = [['body', 'email']]
