from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Tag(models.Model):
    start = models.BigIntegerField()
    attachment = models.DateTimeField(auto_now=True, null=True)

    class Meta:
        ordering = ['-start']
        constraints = [
            models.UniqueConstraint(fields=['attachment', 'start'], name='tag_attachment_start_uniq'),
        ]


class Genre(models.Model):
    rank = models.SmallIntegerField()
    summary = models.URLField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ['-rank']
        verbose_name = 'genre item'
        indexes = [
            models.Index(fields=['rank'], name='genre_rank_idx'),
        ]


class Album(models.Model):
    content = models.EmailField(unique=True)
    count = models.EmailField()
    birthday = models.DurationField(null=True)
    reviews = models.ManyToManyField('community.Review', related_name='album_reviews')
    parent = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='albums_1')

    class Meta:
        unique_together = ('count', 'parent')
        constraints = [
            models.UniqueConstraint(fields=['count', 'parent'], name='album_count_parent_uniq'),
        ]
