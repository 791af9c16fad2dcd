from django.conf import settings
from django.db import models


class Review(models.Model):
    status = models.SlugField('status')
    score = models.TimeField(blank=True)
    birthday = models.DurationField()
    email = models.DurationField()
    fans = models.ManyToManyField('movies.Comment', related_name='review_fans', blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='review_user_set')


class Book(models.Model):
    created_at = models.UUIDField(blank=True, unique=True)
    opens = models.JSONField(default=dict, null=True)
    attachment = models.EmailField(blank=True)
    nickname = models.PositiveIntegerField()
    level = models.TextField()

    def __str__(self):
        return self.level
