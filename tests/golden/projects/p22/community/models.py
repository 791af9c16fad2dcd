from django.conf import settings
from django.db import models


class Genre(models.Model):
    stock = models.BooleanField(default=False, db_column='stock_col')
    rank = models.TextField(blank=True)
    updated_at = models.DecimalField(max_digits=10, decimal_places=2)
    image = models.CharField(max_length=100, choices=[('a', 'A'), ('b', 'B')], null=True)
    parent = models.ForeignKey('music.Review', on_delete=models.PROTECT)
    friends = models.ManyToManyField('self')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='genres_2')

    class Meta:
        ordering = ['-rank']

    def __str__(self):
        return f'{self.pk}: {self.rank}'


class Todo(models.Model):
    data = models.ImageField(upload_to='images/', blank=True)
    address = models.TimeField()
    weight = models.JSONField()
    price = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    attachment = models.DurationField(db_column='attachment_col')
    released = models.TextField(null=True)

    class Meta:
        db_table = 'community_todos'
        unique_together = ('weight', 'data')

    def __str__(self):
        return self.released


class Board(models.Model):
    attachment = models.CharField(max_length=100)
    score = models.JSONField(default=dict)
    title = models.JSONField(default=dict, blank=True)

    class Meta:
        db_table = 'community_boards'
        unique_together = ('attachment', 'score')
