from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    liked_reviews = models.ManyToManyField('blog.Review', related_name='liked_by', blank=True)
