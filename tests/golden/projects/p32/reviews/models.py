from django.conf import settings
from django.db import models


class Genre(models.Model):
    count = models.PositiveSmallIntegerField('count')
    name = models.DateTimeField('name', auto_now_add=True, blank=True)
    nickname = models.ImageField(upload_to='images/')
    updated_at = models.TimeField()
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_like_users', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-name']
        verbose_name = 'genre item'
        indexes = [models.Index(fields=['nickname', 'parent'])]


class Post(models.Model):
    birthday = models.PositiveSmallIntegerField()
    done = models.TimeField(verbose_name='done', db_index=True)
    content = models.CharField(max_length=255, null=True)
    count = models.DateField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['birthday', 'count'], name='post_birthday_count_uniq'),
        ]
