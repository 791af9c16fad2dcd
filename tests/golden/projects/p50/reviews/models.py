import uuid

from django.db import models


class Genre(models.Model):
    address = models.JSONField(default=dict, blank=True)
    points = models.UUIDField('points', default=uuid.uuid4, null=True)
    code = models.DurationField(null=True)
    memo = models.IntegerField(default=0, blank=True)

    class Meta:
        ordering = ['-points']


class Profile(models.Model):
    body = models.EmailField()
    name = models.ImageField(upload_to='files/', blank=True)
    title = models.BooleanField(default=False, db_column='title_col')
    is_public = models.TimeField(blank=True)
    image = models.TimeField('image')
    album = models.ForeignKey('shop.Album', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-title']
        db_table = 'reviews_profiles'
        verbose_name = 'profile item'
        unique_together = [['image', 'body']]
