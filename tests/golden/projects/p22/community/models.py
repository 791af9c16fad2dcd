from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Album(models.Model):
    birthday = models.PositiveSmallIntegerField(blank=True, db_index=True)
    attachment = models.JSONField(default=dict)
    price = models.URLField(null=True, blank=True, db_index=True)
    stock = models.URLField(max_length=100)
    name = models.URLField(blank=True, db_index=True)
    writer = models.ForeignKey(UserModel, on_delete=models.PROTECT, related_name='album_writer_set')
    review_ref = models.ForeignKey('music.Review', on_delete=models.DO_NOTHING, related_name='albums_1')

    class Meta:
        indexes = [models.Index(fields=['price', 'review_ref'])]


class Photo(models.Model):
    published = models.DecimalField(max_digits=10, decimal_places=0, blank=True)
    released = models.ImageField(upload_to='uploads/%Y/%m/')
    album = models.ForeignKey(Album, on_delete=models.DO_NOTHING, related_name='photo_album_set')
    parent = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, null=True, blank=True, related_name='photos_1')

    class Meta:
        ordering = ['-album']
