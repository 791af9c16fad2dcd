from django.conf import settings
from django.db import models


class Event(models.Model):
    slug = models.IntegerField(default=0, blank=True)
    address = models.ImageField(upload_to='images/')
    body = models.SlugField(null=True, blank=True, unique=True)
    nickname = models.IntegerField(default=0, blank=True)
    homepage = models.BigIntegerField(null=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='events_0')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
    owner = models.ForeignKey('users.User', on_delete=models.PROTECT, related_name='event_owner_set', db_index=False)

    class Meta:
        unique_together = [['slug', 'nickname']]

    def __str__(self):
        return self.body
