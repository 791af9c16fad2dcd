from django.db import models


class Board(models.Model):
    content = models.BooleanField(default=False, blank=True)
    address = models.CharField(max_length=200)
    attachment = models.URLField(max_length=254, blank=True)

    def __str__(self):
        return f'{self.pk}: {self.address}'
