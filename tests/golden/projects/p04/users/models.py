from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    age = models.PositiveIntegerField(null=True)
    liked_movies = models.ManyToManyField('posts.Movie', related_name='liked_by', blank=True)
