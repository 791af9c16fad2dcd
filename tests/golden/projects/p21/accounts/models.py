from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    liked_boards = models.ManyToManyField('music.Board', related_name='liked_by', blank=True)
