from django.db import models


class Note(models.Model):
    title = models.CharField()
    tag = models.CharField(null=True, blank=True, unique=True)
    body = models.TextField(blank=True)

    class Meta:
        unique_together = [('title', 'body')]

    def __str__(self):
        return self.title
