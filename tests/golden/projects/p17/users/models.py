from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    birthday = models.DateField(null=True, blank=True)
    email = models.EmailField(unique=True)
    liked_photos = models.ManyToManyField('todos.Photo', related_name='liked_by', blank=True)
