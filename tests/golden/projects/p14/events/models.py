from django.conf import settings
from django.db import models


class Question(models.Model):
    status = models.FloatField()
    name = models.DecimalField(max_digits=5, decimal_places=2, blank=True)
    length = models.DecimalField(max_digits=10, decimal_places=2, blank=True)
    updated_at = models.DateTimeField(null=True)
    album = models.ForeignKey('todos.Album', on_delete=models.CASCADE, related_name='questions_0')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='question_parent_set')

    class Meta:
        ordering = ['-name']
