from django.conf import settings
from django.db import models


class Song(models.Model):
    length = models.ImageField(upload_to='files/', null=True)
    memo = models.IntegerField(default=0)
    attachment = models.IntegerField(default=0, null=True)
    updated_at = models.FileField(upload_to='files/', db_column='updated_at_col')
    body = models.DateTimeField()
    owner = models.ForeignKey('Choice', on_delete=models.CASCADE, null=True, blank=True, related_name='song_owner_set', db_index=False)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='song_parent_set')

    class Meta:
        ordering = ['-body']
        verbose_name = 'song item'
        unique_together = [['length', 'memo']]


class Choice(models.Model):
    homepage = models.FileField(upload_to='uploads/%Y/%m/')
    summary = models.URLField()
    content = models.DateTimeField(auto_now_add=True, db_column='content_col')
    weight = models.FloatField(verbose_name='weight', null=True, db_index=True)
    status = models.UUIDField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_users', blank=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_fans')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['status', 'summary'], name='choice_status_summary_uniq'),
        ]


class Profile(models.Model):
    views = models.FloatField()
    content = models.PositiveIntegerField(default=0, blank=True, db_index=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)

    class Meta:
        verbose_name = 'profile item'
        unique_together = [['parent', 'content']]
