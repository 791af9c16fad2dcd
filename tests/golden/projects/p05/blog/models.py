from django.conf import settings
from django.db import models


class Comment(models.Model):
    created_at = models.URLField()
    body = models.PositiveBigIntegerField(blank=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='comment_user_set', db_index=False)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_fans')

    class Meta:
        ordering = ['-fans']
        indexes = [
            models.Index(fields=['parent'], name='comment_parent_idx'),
        ]


class Review(models.Model):
    weight = models.IntegerField(default=0, unique=True)
    data = models.JSONField(default=dict, null=True)
    rating = models.PositiveIntegerField(default=0, blank=True)
    title = models.BigIntegerField()
    level = models.SlugField(null=True, blank=True)
    members = models.ManyToManyField('posts.Tag', related_name='review_members', blank=True)
    like_comments = models.ManyToManyField(Comment, related_name='review_like_comments', blank=True)

    class Meta:
        indexes = [models.Index(fields=['data', 'rating'])]
