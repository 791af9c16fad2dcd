from django.db import models


class Album(models.Model):
    id = models.AutoField(primary_key=True)
    count = models.FloatField()
    name = models.CharField(max_length=255)
    created_at = models.DecimalField(max_digits=5, decimal_places=0)
    opens = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ['-name']


class Movie(models.Model):
    homepage = models.TextField()
    views = models.JSONField(null=True, blank=True)
    extra = models.BigIntegerField()
    start = models.BigIntegerField(db_index=True)
    album = models.ForeignKey('Album', on_delete=models.CASCADE, related_name='movies_0')

    class Meta:
        ordering = ['-start']
        db_table = 'community_movies'

    def __str__(self):
        return self.homepage
