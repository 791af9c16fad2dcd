from django.conf import settings
from django.db import models


class Movie(models.Model):
    code = models.SlugField(null=True)
    is_public = models.PositiveIntegerField(default=0)
    created_at = models.DateField()
    released = models.BooleanField(verbose_name='released', default=False, db_index=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)


class Song(models.Model):
    id = models.AutoField(primary_key=True)
    price = models.ImageField(upload_to='images/')
    memo = models.PositiveSmallIntegerField()
    nickname = models.URLField(blank=True)
    position = models.PositiveSmallIntegerField()
    image = models.BooleanField(default=True, db_column='image_col')
    homepage = models.PositiveSmallIntegerField(null=True, db_column='homepage_col')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='songs_1')
    owner = models.ForeignKey('Movie', on_delete=models.CASCADE, related_name='songs_2', db_index=False)

    class Meta:
        unique_together = [['position', 'memo']]
        constraints = [
            models.UniqueConstraint(fields=['parent', 'price'], name='song_parent_price_uniq'),
        ]
