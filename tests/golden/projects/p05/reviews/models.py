from django.conf import settings
from django.db import models


class Event(models.Model):
    content = models.URLField(max_length=100)
    released = models.PositiveBigIntegerField(blank=True)
    published = models.ImageField(upload_to='uploads/%Y/%m/')
    summary = models.SmallIntegerField(default=0, null=True)
    user_ref = models.ForeignKey('auth.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='event_user_ref_set')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='event_like_users')
    members = models.ManyToManyField('blog.Comment', related_name='event_members')

    class Meta:
        verbose_name = 'event item'
        indexes = [models.Index(fields=['summary', 'released'])]


class Movie(models.Model):
    opens = models.BooleanField(default=True, blank=True)
    extra = models.TimeField(db_column='extra_col')
    points = models.BooleanField(default=False)
    views = models.BooleanField(default=False)
