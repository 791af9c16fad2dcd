from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    email = models.EmailField(unique=True)
    followings = models.ManyToManyField('self', symmetrical=False, related_name='followers')
    liked_photos = models.ManyToManyField('articles.Photo', related_name='liked_by', blank=True)
