from django.conf import settings
from django.db import models


class Author(models.Model):
    uid = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    status = models.JSONField(blank=True)
    image = models.BigIntegerField(db_index=True)
    homepage = models.URLField(max_length=100, null=True, db_column='homepage_col')
    start = models.PositiveSmallIntegerField('start')

    class Meta:
        ordering = ['-start']
        verbose_name = 'author item'


class Note(models.Model):
    count = models.SmallIntegerField()
    opens = models.URLField(null=True)
    length = models.FloatField()
    thumbnail = models.DurationField()
    data = models.PositiveBigIntegerField()
    image = models.SmallIntegerField(null=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='note_fans')

    class Meta:
        ordering = ['-data']
        db_table = 'movies_notes'
