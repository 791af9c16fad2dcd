from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Color


class Priority(models.IntegerChoices):
    LOW = 1, 'Low'
    HIGH = 3, _('High')


class Todo(models.Model):
    class Status(models.TextChoices):
        TODO = 'TD', _('To do')
        DONE = 'DN', 'Done'
        DROPPED = 'DR'

    title = models.CharField(max_length=50)
    status = models.CharField(max_length=2, choices=Status.choices, default=Status.TODO)
    priority = models.IntegerField(choices=Priority, default=Priority.LOW)
    state = models.CharField(max_length=2, choices=Status, blank=True)
    color = models.CharField(max_length=5, choices=Color.choices, default=Color.BLUE)

    def __str__(self):
        return self.title
