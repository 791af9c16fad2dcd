from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    birthday = models.DateField(null=True, blank=True)
    first_name = models.CharField(max_length=30, blank=True)
    nickname = models.CharField(max_length=20, blank=True)
    liked_articles = models.ManyToManyField('articles.Article', related_name='liked_by', blank=True)
