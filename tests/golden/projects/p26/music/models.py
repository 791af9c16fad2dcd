from django.db import models


class Question(models.Model):
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    status = models.PositiveSmallIntegerField()
    points = models.PositiveSmallIntegerField()
    content = models.TextField(null=True, blank=True, db_column='content_col')
    extra = models.CharField(max_length=50, null=True, blank=True, db_index=True)
    released = models.CharField(max_length=150, default='', unique=True)

    def __str__(self):
        return self.content
