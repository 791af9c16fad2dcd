from django.db import models


class Choice(models.Model):
    birthday = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    uid = models.JSONField(blank=True)
    status = models.BigIntegerField(db_index=True)
    image = models.URLField(max_length=100, null=True, db_column='image_col')
    homepage = models.PositiveSmallIntegerField('homepage')
    start = models.EmailField(max_length=300, blank=True)
    parent = models.ForeignKey('reviews.Song', on_delete=models.SET_NULL, null=True, blank=True, related_name='choice_parent_set')

    class Meta:
        unique_together = [['start', 'parent']]
