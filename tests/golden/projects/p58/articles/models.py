import uuid

from django.db import models


class Choice(models.Model):
    homepage = models.JSONField(verbose_name='homepage', default=dict, null=True)
    points = models.BooleanField(default=False)
    released = models.UUIDField(default=uuid.uuid4)
    opens = models.SmallIntegerField()

    class Meta:
        ordering = ['-points']
        verbose_name = 'choice item'
