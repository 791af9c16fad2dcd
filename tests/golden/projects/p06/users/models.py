from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    birthday = models.DateField(null=True, blank=True)
    profile_image = models.ImageField(upload_to='profile/', blank=True)
    bio = models.TextField(blank=True)
    liked_articles = models.ManyToManyField('todos.Article', related_name='liked_by', blank=True)
