from django.contrib.auth import get_user_model
from django.db import models


class Movie(models.Model):
    uid = models.SlugField(max_length=80)
    homepage = models.CharField(max_length=50, default='', null=True, blank=True)
    albums = models.ManyToManyField('movies.Album', related_name='movie_albums', blank=True)


class Photo(models.Model):
    created_at = models.DurationField(verbose_name='created_at')
    homepage = models.TimeField(db_column='homepage_col')
    title = models.PositiveSmallIntegerField(null=True, blank=True)
    uid = models.TextField(null=True)
    parent = models.ForeignKey('movies.Album', on_delete=models.SET_NULL, null=True, related_name='photos_0', db_column='parent_key')
    album = models.ForeignKey('movies.Album', on_delete=models.PROTECT, related_name='photos_1')

    class Meta:
        verbose_name = 'photo item'
        constraints = [
            models.UniqueConstraint(fields=['homepage', 'title'], name='photo_homepage_title_uniq'),
        ]


class Category(models.Model):
    id = models.AutoField(primary_key=True)
    image = models.IntegerField(default=0, null=True, db_column='image_col')
    level = models.PositiveSmallIntegerField(blank=True)
    writer = models.ForeignKey(get_user_model(), on_delete=models.SET_NULL, null=True, blank=True, related_name='categorys_0')
    photo = models.ForeignKey('Photo', on_delete=models.PROTECT, related_name='category_photo_set')

    class Meta:
        ordering = ['-level']
        unique_together = ('photo', 'image')
        indexes = [
            models.Index(fields=['level'], name='category_level_idx'),
        ]
