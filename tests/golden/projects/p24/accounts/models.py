from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    followings = models.ManyToManyField('self', symmetrical=False, related_name='followers')
    liked_songs = models.ManyToManyField('articles.Song', related_name='liked_by', blank=True)
