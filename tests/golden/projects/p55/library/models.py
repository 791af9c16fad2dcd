from django.conf import settings
from django.db import models


class Photo(models.Model):
    data = models.CharField(max_length=50, null=True, blank=True)
    attachment = models.FloatField()
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='photos_0')
