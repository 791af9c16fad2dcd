from django.db import models


class Book(models.Model):
    title = models.URLField(null=True)
    code = models.FileField(upload_to='files/')
    nickname = models.URLField(verbose_name='nickname', blank=True)
    stock = models.SmallIntegerField(null=True)
    opens = models.FileField(upload_to='files/', null=True)
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True, related_name='book_parent_set')
    related = models.ManyToManyField('self', blank=True)

    class Meta:
        ordering = ['-code']
        constraints = [
            models.UniqueConstraint(fields=['code', 'title'], name='book_code_title_uniq'),
        ]
        indexes = [
            models.Index(fields=['nickname'], name='book_nickname_idx'),
        ]
