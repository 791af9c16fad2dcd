import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Album(models.Model):
    done = models.CharField('done', max_length=150)
    homepage = models.DateField(auto_now_add=True)
    content = models.PositiveIntegerField(null=True)
    image = models.DecimalField(max_digits=10, decimal_places=2)
    stock = models.CharField(max_length=100, choices=[('a', 'A'), ('b', 'B')], null=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='album_writer_set')
    reviews = models.ManyToManyField('music.Review', related_name='album_reviews')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True)

    class Meta:
        ordering = ['-image']
        unique_together = [['parent', 'stock']]

    def __str__(self):
        return self.stock


class Photo(models.Model):
    released = models.SlugField(db_column='released_col')
    start = models.UUIDField(default=uuid.uuid4)
    opens = models.DurationField(blank=True)
    is_public = models.SlugField(max_length=80, null=True, blank=True, db_column='is_public_col')
    parent = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, null=True, blank=True, related_name='photos_0')

    class Meta:
        ordering = ['-opens']
