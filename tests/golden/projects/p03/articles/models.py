from django.conf import settings
from django.db import models


class Album(models.Model):
    thumbnail = models.IntegerField(null=True, blank=True)
    summary = models.PositiveBigIntegerField()
    homepage = models.EmailField(null=True, db_index=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='albums_0')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='album_parent_set')

    class Meta:
        db_table = 'articles_albums'


class Movie(models.Model):
    slug = models.DateTimeField(auto_now_add=True)
    email = models.BooleanField(default=False)
    opens = models.DecimalField(max_digits=5, decimal_places=0)
    image = models.IntegerField()

    class Meta:
        ordering = ['-email']
