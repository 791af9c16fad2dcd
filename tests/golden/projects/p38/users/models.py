from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    liked_songs = models.ManyToManyField('shop.Song', related_name='liked_by', blank=True)
