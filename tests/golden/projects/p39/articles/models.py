from django.conf import settings
from django.db import models


class Song(models.Model):
    length = models.ImageField(upload_to='files/', null=True)
    memo = models.IntegerField(default=0)
    attachment = models.IntegerField(default=0, null=True)
    updated_at = models.FileField(upload_to='files/', db_column='updated_at_col')
    body = models.DateTimeField()
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='song_members', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='song_owner_set')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='song_parent_set', db_index=False)

    class Meta:
        ordering = ['-parent']
        constraints = [
            models.UniqueConstraint(fields=['length', 'memo'], name='song_length_memo_uniq'),
        ]
        indexes = [
            models.Index(fields=['parent'], name='song_parent_idx'),
        ]


class Choice(models.Model):
    homepage = models.FileField(upload_to='uploads/%Y/%m/')
    summary = models.URLField()
    content = models.DateTimeField(auto_now_add=True, db_column='content_col')
    weight = models.FloatField(verbose_name='weight', null=True, db_index=True)
    status = models.UUIDField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_users', blank=True)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='choice_parent_set')

    class Meta:
        ordering = ['-homepage']
        verbose_name = 'choice item'
        indexes = [models.Index(fields=['content'])]


class Profile(models.Model):
    summary = models.PositiveIntegerField(default=0, blank=True, db_index=True)
    rating = models.BigIntegerField(blank=True)
    uid = models.TimeField()
    homepage = models.SlugField(null=True)
    opens = models.DateTimeField(verbose_name='opens', auto_now_add=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')

    class Meta:
        verbose_name = 'profile item'
