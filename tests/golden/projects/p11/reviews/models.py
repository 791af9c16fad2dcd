from django.db import models


class Movie(models.Model):
    title = models.IntegerField()
    opens = models.FileField(upload_to='images/')
    released = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')])
    is_public = models.PositiveBigIntegerField(blank=True)
    parent = models.ForeignKey('movies.Comment', on_delete=models.PROTECT, related_name='movies_0')

    class Meta:
        ordering = ['-parent']
        unique_together = ('is_public', 'released')
