from django.conf import settings
from django.db import models


class Photo(models.Model):
    content = models.JSONField(default=dict)
    homepage = models.EmailField()
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='photo_user_set')

    class Meta:
        unique_together = ('homepage', 'user')


class Board(models.Model):
    email = models.TextField()
    created_at = models.DurationField('created at')

    class Meta:
        verbose_name = 'board item'
        unique_together = [['created_at', 'email']]

    def __str__(self):
        return f'{self.pk}: {self.email}'
