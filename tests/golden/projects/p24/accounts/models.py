from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    age = models.PositiveIntegerField(null=True)
    bio = models.TextField(blank=True)
    liked_songs = models.ManyToManyField('articles.Song', related_name='liked_by', blank=True)
