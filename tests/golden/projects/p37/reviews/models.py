from django.db import models


class Event(models.Model):
    weight = models.DurationField()
    published = models.ImageField(upload_to='uploads/%Y/%m/')
    length = models.SmallIntegerField()
    homepage = models.DurationField(blank=True)
    code = models.DurationField(blank=True)
    position = models.FileField(upload_to='files/')
    writer = models.ForeignKey('shop.Choice', on_delete=models.CASCADE, related_name='events_0')

    class Meta:
        db_table = 'reviews_events'
