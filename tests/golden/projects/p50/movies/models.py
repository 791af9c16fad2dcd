from django.db import models


class Choice(models.Model):
    start = models.CharField(max_length=150, null=True)
    homepage = models.DurationField()
    song = models.ForeignKey('reviews.Song', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='choice_song_set')

    class Meta:
        ordering = ['-homepage']
        unique_together = [['homepage', 'start']]
