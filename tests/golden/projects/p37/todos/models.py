from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models

UserModel = get_user_model()


class Profile(models.Model):
    released = models.EmailField(null=True, blank=True)
    uid = models.CharField(max_length=255, null=True)
    published = models.EmailField()
    address = models.FileField(upload_to='files/', null=True)
    parent = models.ForeignKey(User, on_delete=models.CASCADE, related_name='profile_parent_set')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_fans', blank=True)
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.DO_NOTHING, related_name='profiles_2')

    class Meta:
        unique_together = ('released', 'parent')

    def __str__(self):
        return f'{self.pk}: {self.published}'


class Movie(models.Model):
    published = models.TextField(null=True, blank=True)
    count = models.TimeField(null=True, db_index=True)
    level = models.JSONField()
    user = models.ForeignKey(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movies_0')


class Genre(models.Model):
    is_public = models.UUIDField()
    points = models.EmailField(max_length=100, db_index=True)
    level = models.DateTimeField(auto_now=True)
    views = models.EmailField()
    status = models.PositiveSmallIntegerField()
    rank = models.DurationField()
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True)
    writer = models.ForeignKey(Profile, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genre_writer_set')

    class Meta:
        verbose_name = 'genre item'
        indexes = [models.Index(fields=['views', 'points'])]

    def __str__(self):
        return self.views
