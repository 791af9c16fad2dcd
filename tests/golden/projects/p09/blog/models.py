from django.db import models


class Photo(models.Model):
    rank = models.FloatField()
    position = models.TextField('position')
    length = models.DateTimeField(auto_now=True, blank=True)
    content = models.CharField(max_length=255, choices=[('a', 'A'), ('b', 'B')], blank=True)

    class Meta:
        ordering = ['-position']
