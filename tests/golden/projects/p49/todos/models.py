from django.db import models


class Movie(models.Model):
    is_public = models.URLField()
    released = models.DateTimeField(auto_now=True, null=True)
    thumbnail = models.ImageField(upload_to='files/', null=True)

    class Meta:
        unique_together = [['thumbnail', 'released']]
