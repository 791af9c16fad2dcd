from django.conf import settings
from django.db import models


class Board(models.Model):
    data = models.DateTimeField(null=True)
    count = models.ImageField(upload_to='images/')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='boards_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, db_index=False)

    class Meta:
        ordering = ['-count']
        indexes = [models.Index(fields=['parent', 'data'])]


class Post(models.Model):
    title = models.BigIntegerField(blank=True, db_column='title_col')
    email = models.ImageField(upload_to='uploads/%Y/%m/')
    released = models.PositiveIntegerField(db_column='released_col')
    count = models.TextField(verbose_name='count', null=True, blank=True)

    class Meta:
        ordering = ['-released']
        verbose_name = 'post item'
        unique_together = [['email', 'count']]
