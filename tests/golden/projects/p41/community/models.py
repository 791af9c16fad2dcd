from django.conf import settings
from django.db import models


class Album(models.Model):
    id = models.AutoField(primary_key=True)
    count = models.FloatField()
    name = models.CharField(max_length=255, default='')
    created_at = models.SlugField()
    opens = models.TimeField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='album_owner_set')

    class Meta:
        ordering = ['-name']
        indexes = [
            models.Index(fields=['created_at'], name='album_created_at_idx'),
        ]


class Movie(models.Model):
    opens = models.PositiveBigIntegerField(verbose_name='opens')
    is_public = models.TextField(null=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, db_column='parent_key')
    album = models.OneToOneField('Album', on_delete=models.SET_NULL, null=True, blank=True, related_name='movies_1')

    class Meta:
        verbose_name = 'movie item'
        constraints = [
            models.UniqueConstraint(fields=['album', 'opens'], name='movie_album_opens_uniq'),
        ]
        indexes = [models.Index(fields=['is_public', 'opens'])]

    def __str__(self):
        return f'{self.pk}: {self.is_public}'
