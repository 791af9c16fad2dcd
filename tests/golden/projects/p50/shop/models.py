from django.conf import settings
from django.db import models


class Photo(models.Model):
    slug = models.IntegerField(default=0, null=True)
    nickname = models.SlugField(unique=True, db_column='nickname_col')
    summary = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    status = models.FloatField(verbose_name='status', blank=True)
    done = models.DecimalField(max_digits=5, decimal_places=3, db_column='done_col')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='photo_user_set')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['slug', 'nickname'], name='photo_slug_nickname_uniq'),
        ]

    def __str__(self):
        return self.nickname


class Tag(models.Model):
    name = models.JSONField(default=dict)
    birthday = models.SlugField(max_length=80, unique=True)
    position = models.PositiveIntegerField(verbose_name='position', default=0)
    level = models.PositiveSmallIntegerField(null=True, blank=True)
    body = models.PositiveSmallIntegerField('body')
    users = models.ManyToManyField('auth.User', related_name='tag_users')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='tags_1')

    class Meta:
        ordering = ['-body']


class Event(models.Model):
    uid = models.UUIDField(null=True, blank=True)
    created_at = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    data = models.CharField(max_length=20, unique=True)
    level = models.PositiveIntegerField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='events_0')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='events_1', db_index=False)
    tag = models.ForeignKey(Tag, on_delete=models.PROTECT)
