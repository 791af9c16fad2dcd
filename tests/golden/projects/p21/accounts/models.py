from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    profile_image = models.ImageField(upload_to='profile/', blank=True)
    bio = models.TextField(blank=True)
    birthday = models.DateField(null=True, blank=True)
