from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    bio = models.TextField(blank=True)
    age = models.PositiveIntegerField(null=True)
    liked_albums = models.ManyToManyField('community.Album', related_name='liked_by', blank=True)
