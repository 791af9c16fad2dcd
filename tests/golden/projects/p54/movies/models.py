import uuid

from django.db import models


class Comment(models.Model):
    id = models.AutoField(primary_key=True)
    thumbnail = models.UUIDField(default=uuid.uuid4, blank=True)
    is_public = models.BigIntegerField(blank=True)
    writer = models.ForeignKey('boards.Note', on_delete=models.PROTECT, related_name='comments_0')
    review_ref = models.ForeignKey('library.Review', on_delete=models.CASCADE, null=True, related_name='comments_1')

    class Meta:
        ordering = ['-thumbnail']
        db_table = 'movies_comments'
