from django.db import models


class Event(models.Model):
    body = models.FileField(upload_to='uploads/%Y/%m/')
    position = models.UUIDField(verbose_name='position', blank=True)
    extra = models.FloatField(null=True)
    address = models.BigIntegerField(db_index=True)
    title = models.URLField(blank=True)
    owner = models.ForeignKey('boards.Author', on_delete=models.SET_NULL, null=True, blank=True, related_name='events_0')
    author_ref = models.ForeignKey('boards.Author', on_delete=models.SET_NULL, null=True, blank=True, related_name='events_1')
    like_authors = models.ManyToManyField('boards.Author', related_name='event_like_authors')

    class Meta:
        unique_together = [['position', 'address']]
