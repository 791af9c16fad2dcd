from django.conf import settings
from django.db import models


class Comment(models.Model):
    body = models.PositiveIntegerField(blank=True)
    is_public = models.TextField(db_column='is_public_col')
    thumbnail = models.DateTimeField(auto_now_add=True, blank=True)
    rating = models.JSONField(default=dict)
    address = models.UUIDField(blank=True, db_column='address_col')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='comments_0')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='comments_1')

    class Meta:
        indexes = [models.Index(fields=['user', 'address'])]

    def __str__(self):
        return self.is_public
