from django.db import models


class Album(models.Model):
    score = models.SmallIntegerField()
    image = models.PositiveIntegerField(default=0, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
