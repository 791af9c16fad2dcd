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
    parent = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='author_parent_set')

    class Meta:
        ordering = ['-parent']
        unique_together = [['content', 'parent']]
