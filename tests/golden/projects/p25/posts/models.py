from django.db import models


class Category(models.Model):
    level = models.CharField(max_length=20, unique=True)
    memo = models.SlugField(max_length=80)
    body = models.DurationField()
    count = models.DateTimeField()

    class Meta:
        ordering = ['-memo']


class Board(models.Model):
    extra = models.JSONField(default=dict)
    updated_at = models.DateField()
    level = models.DateField(verbose_name='level', null=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, related_name='boards_0', db_index=False)
    users = models.ManyToManyField('users.User', related_name='board_users', blank=True)

    class Meta:
        ordering = ['-level']
        constraints = [
            models.UniqueConstraint(fields=['extra', 'parent'], name='board_extra_parent_uniq'),
        ]
        indexes = [models.Index(fields=['level', 'extra'])]


class Event(models.Model):
    id = models.BigAutoField(primary_key=True)
    nickname = models.FloatField(blank=True)
    content = models.IntegerField()
    attachment = models.IntegerField(default=0, null=True)

    class Meta:
        ordering = ['-nickname']
        constraints = [
            models.UniqueConstraint(fields=['nickname', 'content'], name='event_nickname_content_uniq'),
        ]
        indexes = [models.Index(fields=['content', 'nickname'])]
