from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    liked_books = models.ManyToManyField('music.Book', related_name='liked_by', blank=True)
