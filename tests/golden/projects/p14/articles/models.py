from django.db import models


class Book(models.Model):
    slug = models.PositiveSmallIntegerField()
    body = models.CharField(max_length=200)
    score = models.DurationField()
    released = models.CharField(max_length=150)
    is_public = models.CharField(max_length=255, db_index=True)
    status = models.SmallIntegerField()

    class Meta:
        unique_together = ('released', 'score')

    def __str__(self):
        return f'{self.pk}: {self.released}'
