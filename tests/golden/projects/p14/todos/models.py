from django.conf import settings
from django.db import models


class Todo(models.Model):
    updated_at = models.BigIntegerField(null=True, blank=True, db_column='updated_at_col')
    price = models.PositiveBigIntegerField(blank=True)
    position = models.CharField(max_length=10, db_column='position_col')

    class Meta:
        ordering = ['-position']
        db_table = 'todos_todos'


class Album(models.Model):
    name = models.IntegerField(default=0, db_index=True)
    published = models.DurationField()
    status = models.EmailField()
    body = models.IntegerField(null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='album_user_set', db_index=False)
    like_todos = models.ManyToManyField(Todo, related_name='album_like_todos')

    class Meta:
        unique_together = [['status', 'name']]


class Choice(models.Model):
    address = models.IntegerField(null=True, blank=True)
    memo = models.FloatField()
    attachment = models.BigIntegerField(null=True, db_index=True)
    position = models.BooleanField(default=True)

    class Meta:
        ordering = ['-attachment']
        unique_together = ('memo', 'attachment')
