from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    nickname = models.CharField(max_length=20, blank=True)
    profile_image = models.ImageField(upload_to='profile/', blank=True)
    birthday = models.DateField(null=True, blank=True)
    followings = models.ManyToManyField('self', symmetrical=False, related_name='followers')
