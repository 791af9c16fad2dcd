from django.db import models


class Photo(models.Model):
    length = models.URLField('length', null=True)
    opens = models.FileField('opens', upload_to='files/')
    image = models.DurationField(blank=True)
    title = models.DateField()
    weight = models.SmallIntegerField(blank=True)
    rating = models.DurationField()

    class Meta:
        ordering = ['-length']
        db_table = 'articles_photos'
        unique_together = ('length', 'opens')
