from django.conf import settings
from django.db import models


class Product(models.Model):
    id = models.BigAutoField(primary_key=True)
    nickname = models.PositiveSmallIntegerField(blank=True)
    stock = models.FloatField()
    published = models.TextField()
    code = models.DateField(verbose_name='code')

    class Meta:
        ordering = ['-nickname']
        verbose_name = 'product item'

    def __str__(self):
        return self.published


class Album(models.Model):
    name = models.TimeField(null=True)
    score = models.ImageField(upload_to='images/', null=True)
    length = models.SlugField(blank=True)
    opens = models.DateField(auto_now_add=True, db_index=True)
    rank = models.TimeField(null=True, blank=True)
    owner = models.ForeignKey('community.Genre', on_delete=models.SET_NULL, null=True)
    post_ref = models.ForeignKey('community.Post', on_delete=models.SET_DEFAULT, null=True, default=None)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='album_writer_set', db_column='writer_key')

    class Meta:
        ordering = ['-owner']
        unique_together = ('length', 'owner')
        indexes = [
            models.Index(fields=['name', 'rank'], name='album_name_idx'),
        ]
