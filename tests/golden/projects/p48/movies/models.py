from django.db import models


class Profile(models.Model):
    level = models.TextField(blank=True, db_column='level_col')
    released = models.DurationField('released')
    updated_at = models.BooleanField(default=False)
    points = models.FloatField(blank=True)
    review = models.OneToOneField('community.Review', on_delete=models.DO_NOTHING, related_name='profiles_0')

    class Meta:
        ordering = ['-review']
        verbose_name = 'profile item'
