from django.conf import settings
from django.db import models


class Owned(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='%(class)ss')

    class Meta:
        abstract = True
