from django.db import models


class Song(models.Model):
    length = models.BigIntegerField(blank=True)
    birthday = models.EmailField(verbose_name='birthday', max_length=254, blank=True)
    members = models.ManyToManyField('blog.Article', related_name='song_members')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ['-length']
