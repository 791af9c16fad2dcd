from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    nickname = models.CharField(max_length=20, blank=True)
    bio = models.TextField(blank=True)
    liked_notes = models.ManyToManyField('todos.Note', related_name='liked_by', blank=True)
