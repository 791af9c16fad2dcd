from django.contrib.auth.models import AbstractUser
from django.db import models

from community.mixins import Owned as OwnedBase


class User(AbstractUser):
    pass


class Post(OwnedBase):
    title = models.CharField(max_length=20)
