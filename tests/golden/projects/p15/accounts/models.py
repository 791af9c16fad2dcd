from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    followings = models.ManyToManyField('self', symmetrical=False, related_name='followers')
    liked_tags = models.ManyToManyField('todos.Tag', related_name='liked_by', blank=True)
