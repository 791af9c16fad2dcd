from django.conf import settings
from django.db import models


class Board(models.Model):
    email = models.DateField()
    uid = models.TextField()
    extra = models.SmallIntegerField(verbose_name='extra')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='boards_0')
    writer = models.ForeignKey('auth.User', on_delete=models.PROTECT, related_name='boards_1')

    class Meta:
        ordering = ['-writer']


class Profile(models.Model):
    address = models.EmailField(blank=True)
    birthday = models.PositiveIntegerField()
    level = models.TextField()
    start = models.SlugField(null=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='profile_fans', blank=True)

    class Meta:
        ordering = ['-level']

    def __str__(self):
        return f'{self.pk}: {self.level}'


class Post(models.Model):
    rank = models.FileField(upload_to='files/')
    count = models.DurationField()
    data = models.FloatField(db_index=True)
    name = models.BigIntegerField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='posts_0')
    article = models.ForeignKey('boards.Article', on_delete=models.CASCADE, null=True, blank=True)
    profile_ref = models.ForeignKey(Profile, on_delete=models.CASCADE)

    class Meta:
        ordering = ['-name']
        verbose_name = 'post item'
