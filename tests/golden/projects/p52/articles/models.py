from django.conf import settings
from django.db import models


class Book(models.Model):
    title = models.URLField(null=True)
    code = models.FileField(upload_to='files/')
    nickname = models.URLField(verbose_name='nickname', blank=True)
    stock = models.SmallIntegerField(null=True)
    opens = models.FileField(upload_to='files/', null=True)
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True, related_name='book_parent_set')
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='book_members', blank=True)

    class Meta:
        verbose_name = 'book item'
        indexes = [
            models.Index(fields=['title'], name='book_title_idx'),
        ]
