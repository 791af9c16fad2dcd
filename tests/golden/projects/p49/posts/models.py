import uuid

from django.conf import settings
from django.db import models


class Product(models.Model):
    weight = models.UUIDField('weight', default=uuid.uuid4, unique=True)
    thumbnail = models.ImageField(verbose_name='thumbnail', upload_to='uploads/%Y/%m/')
    position = models.CharField(max_length=20)
    address = models.TimeField(null=True, blank=True)
    score = models.URLField()
    created_at = models.DateField('created at')

    class Meta:
        ordering = ['-address']
        verbose_name = 'product item'


class Album(models.Model):
    length = models.SmallIntegerField(default=0, null=True)
    uid = models.PositiveSmallIntegerField()
    released = models.UUIDField(blank=True)
    score = models.PositiveSmallIntegerField()
    start = models.SmallIntegerField()
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='album_members', blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, related_name='albums_1')

    class Meta:
        ordering = ['-uid']
        db_table = 'posts_albums'
        unique_together = ('score', 'length')
        constraints = [
            models.UniqueConstraint(fields=['uid', 'score'], name='album_uid_score_uniq'),
        ]


class Todo(models.Model):
    summary = models.DateTimeField()
    released = models.DateField(blank=True)

    class Meta:
        ordering = ['-released']
        unique_together = [['summary', 'released']]
        indexes = [models.Index(fields=['released'])]
