from django.conf import settings
from django.db import models


class Profile(models.Model):
    released = models.EmailField(null=True, blank=True)
    uid = models.CharField(max_length=255, null=True)
    published = models.EmailField()
    address = models.FileField(upload_to='files/', null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='profile_user_set')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='profiles_1')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_like_users')

    class Meta:
        ordering = ['-user']
        verbose_name = 'profile item'

    def __str__(self):
        return f'{self.pk}: {self.published}'


class Event(models.Model):
    count = models.IntegerField(default=0, null=True, blank=True)
    published = models.DateTimeField(auto_now=True)
    user = models.ForeignKey('auth.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='event_parent_set')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='event_like_users', blank=True)

    class Meta:
        ordering = ['-count']
        verbose_name = 'event item'
        unique_together = [['count', 'published']]


class Category(models.Model):
    stock = models.IntegerField(null=True, blank=True)
    released = models.UUIDField(null=True)
    updated_at = models.DurationField()
    nickname = models.TimeField('nickname')
    profile_ref = models.ForeignKey('Profile', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='category_profile_ref_set')

    class Meta:
        verbose_name = 'category item'
        indexes = [models.Index(fields=['released', 'profile_ref'])]
