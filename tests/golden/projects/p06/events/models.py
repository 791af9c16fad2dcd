from django.conf import settings
from django.db import models


class Post(models.Model):
    views = models.CharField(max_length=150)
    memo = models.TextField()
    rating = models.URLField('rating', max_length=100, db_index=True)
    length = models.TimeField()
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='post_like_users', blank=True)

    class Meta:
        ordering = ['-views']

    def __str__(self):
        return f'{self.pk}: {self.views}'
