from django.conf import settings
from django.db import models


class Book(models.Model):
    content = models.PositiveSmallIntegerField()
    score = models.PositiveIntegerField(default=0)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='book_writer_set')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='books_1')

    class Meta:
        verbose_name = 'book item'
