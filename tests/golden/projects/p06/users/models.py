from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    profile_image = models.ImageField(upload_to='profile/', blank=True)
    first_name = models.CharField(max_length=30, blank=True)
    email = models.EmailField(unique=True)
    liked_articles = models.ManyToManyField('todos.Article', related_name='liked_by', blank=True)
