from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Event(models.Model):
    released = models.DateTimeField(auto_now_add=True)
    views = models.DecimalField('views', max_digits=8, decimal_places=3, blank=True)
    stock = models.CharField(max_length=20, null=True)
    parent = models.ForeignKey(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_0')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='event_writer_set')

    class Meta:
        ordering = ['-writer']
        verbose_name = 'event item'
