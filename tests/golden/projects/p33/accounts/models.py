from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    liked_movies = models.ManyToManyField('events.Movie', related_name='liked_by', blank=True)
