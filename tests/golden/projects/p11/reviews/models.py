import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Movie(models.Model):
    price = models.FileField(upload_to='images/')
    length = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')])
    done = models.SmallIntegerField(blank=True)
    weight = models.UUIDField(default=uuid.uuid4, unique=True)
    opens = models.EmailField(blank=True, unique=True)
    fans = models.ManyToManyField(UserModel, related_name='movie_fans', blank=True)

    class Meta:
        ordering = ['-opens']
        verbose_name = 'movie item'

    def __str__(self):
        return f'{self.pk}: {self.opens}'
