from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Event(models.Model):
    released = models.DateTimeField(auto_now_add=True)
    views = models.DecimalField('views', max_digits=8, decimal_places=3, blank=True)
    stock = models.CharField(max_length=20, null=True)
    parent = models.ForeignKey(User, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_0')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='event_like_users')

    class Meta:
        verbose_name = 'event item'
        constraints = [
            models.UniqueConstraint(fields=['stock', 'parent'], name='event_stock_parent_uniq'),
        ]
