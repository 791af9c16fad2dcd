from django.conf import settings
from django.db import models


class Post(models.Model):
    is_public = models.DateField('is public', auto_now_add=True, blank=True)
    summary = models.ImageField(upload_to='uploads/%Y/%m/')
    name = models.SmallIntegerField(default=0, blank=True)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='posts_0')
    related = models.ManyToManyField('self', blank=True)

    class Meta:
        unique_together = ('is_public', 'summary')


class Todo(models.Model):
    email = models.FloatField(blank=True)
    level = models.ImageField(upload_to='images/')
    is_public = models.FloatField()
    nickname = models.TextField('nickname')
    slug = models.DateTimeField(auto_now=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['nickname', 'email'], name='todo_nickname_idx'),
        ]


class Tag(models.Model):
    birthday = models.CharField(max_length=10, unique=True)
    start = models.PositiveIntegerField(default=0)
    count = models.TimeField()
    rank = models.DurationField(verbose_name='rank', db_index=True)
    uid = models.TimeField(blank=True, db_index=True)
    content = models.DurationField(null=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='tag_members', blank=True)

    class Meta:
        ordering = ['-count']
        verbose_name = 'tag item'

    def __str__(self):
        return self.birthday
