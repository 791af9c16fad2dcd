import uuid

from django.conf import settings
from django.db import models


class Category(models.Model):
    published = models.EmailField()
    rating = models.DurationField()
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='categorys_0', db_index=False)

    class Meta:
        ordering = ['-user_ref']


class Album(models.Model):
    slug = models.UUIDField(default=uuid.uuid4, blank=True)
    code = models.DateField()
    content = models.FloatField(db_column='content_col')

    class Meta:
        db_table = 'articles_albums'
        constraints = [
            models.UniqueConstraint(fields=['slug', 'content'], name='album_slug_content_uniq'),
        ]
