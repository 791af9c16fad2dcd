from django.db import models


class Movie(models.Model):
    views = models.IntegerField(choices=[(1, 'one'), (2, 'two')])
    uid = models.FileField(upload_to='uploads/%Y/%m/')
    score = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    released = models.SlugField()
    created_at = models.JSONField(null=True)
    writer = models.ForeignKey('community.Album', on_delete=models.CASCADE, related_name='movie_writer_set')

    class Meta:
        verbose_name = 'movie item'
        unique_together = ('created_at', 'writer')
        constraints = [
            models.UniqueConstraint(fields=['created_at', 'writer'], name='movie_created_at_writer_uniq'),
        ]

    def __str__(self):
        return self.released
