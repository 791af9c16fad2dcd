from django.conf import settings
from django.db import models


class Movie(models.Model):
    body = models.DecimalField(max_digits=5, decimal_places=0, blank=True)
    slug = models.PositiveSmallIntegerField()
    status = models.SmallIntegerField(default=0, blank=True)
    position = models.BooleanField(default=True)

    class Meta:
        unique_together = [['body', 'position']]


class Author(models.Model):
    content = models.EmailField(null=True, blank=True)
    uid = models.PositiveBigIntegerField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='author_users')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='author_user_set')

    class Meta:
        ordering = ['-user']
        unique_together = [['content', 'user']]
