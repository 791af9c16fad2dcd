import uuid

from django.db import models


class Photo(models.Model):
    stock = models.SmallIntegerField(db_column='stock_col')
    extra = models.DateTimeField(auto_now_add=True, null=True)
    attachment = models.UUIDField(default=uuid.uuid4)
    rank = models.FileField(upload_to='files/', blank=True)
    views = models.DateTimeField(blank=True)
    title = models.BooleanField(default=False, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['attachment', 'views'], name='photo_attachment_views_uniq'),
        ]
