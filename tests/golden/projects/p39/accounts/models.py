from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    profile_image = models.ImageField(upload_to='profile/', blank=True)
    nickname = models.CharField(max_length=20, blank=True)
    followings = models.ManyToManyField('self', symmetrical=False, related_name='followers')
    liked_profiles = models.ManyToManyField('articles.Profile', related_name='liked_by', blank=True)
