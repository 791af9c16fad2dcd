import uuid

from django.db import models


class Todo(models.Model):
    email = models.PositiveIntegerField('email')
    code = models.BigIntegerField()
    created_at = models.CharField('created at', max_length=150, blank=True)
    done = models.FloatField()
    points = models.TimeField()
    level = models.FloatField(null=True, db_index=True)
    profile = models.ForeignKey('movies.Profile', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='todo_profile_set')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        verbose_name = 'todo item'

    def __str__(self):
        return self.created_at


class Review(models.Model):
    updated_at = models.DateField()
    views = models.DateTimeField(verbose_name='views', auto_now=True)
    summary = models.UUIDField(default=uuid.uuid4)
    stock = models.FileField(upload_to='uploads/%Y/%m/')
    published = models.DateField()

    class Meta:
        indexes = [models.Index(fields=['summary', 'stock'])]
