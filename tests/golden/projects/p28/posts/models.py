from django.db import models


class Genre(models.Model):
    data = models.DateField(blank=True)
    attachment = models.EmailField(blank=True)
    code = models.EmailField(max_length=300, unique=True)
    level = models.JSONField()
    price = models.DurationField()

    class Meta:
        unique_together = [['data', 'code']]

    def __str__(self):
        return f'{self.pk}: {self.code}'
