from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    profile_image = models.ImageField(upload_to='profile/', blank=True)
    birthday = models.DateField(null=True, blank=True)
    liked_songs = models.ManyToManyField('articles.Song', related_name='liked_by', blank=True)
