from django.db import models


class Photo(models.Model):
    code = models.TimeField('code', db_index=True)
    title = models.PositiveIntegerField(default=0)
    writer = models.ForeignKey('events.Song', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='photos_0', db_column='writer_key')
    parent = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='photos_1')
    user = models.OneToOneField('users.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='photos_2')

    class Meta:
        verbose_name = 'photo item'
        unique_together = [['parent', 'title']]
