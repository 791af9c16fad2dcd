from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    age = models.PositiveIntegerField(null=True)
    nickname = models.CharField(max_length=20, blank=True)
    followings = models.ManyToManyField('self', symmetrical=False, related_name='followers')
    liked_posts = models.ManyToManyField('posts.Post', related_name='liked_by', blank=True)
