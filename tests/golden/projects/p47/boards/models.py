from django.conf import settings
from django.db import models


class Choice(models.Model):
    published = models.FloatField(blank=True)
    data = models.BigIntegerField(db_column='data_col')
    homepage = models.PositiveIntegerField(default=0, db_index=True)
    address = models.FileField('address', upload_to='files/', null=True)
    released = models.IntegerField(default=0)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_like_users')
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_members', blank=True)

    class Meta:
        ordering = ['-released']
        db_table = 'boards_choices'


class Board(models.Model):
    score = models.PositiveBigIntegerField(blank=True)
    homepage = models.IntegerField(unique=True)
    image = models.DurationField('image')
    title = models.BooleanField(default=True)
    stock = models.TimeField(verbose_name='stock', null=True, blank=True)
    slug = models.DurationField()
    fans = models.ManyToManyField('posts.Todo', related_name='board_fans', blank=True)

    class Meta:
        ordering = ['-homepage']
        db_table = 'boards_boards'


class Photo(models.Model):
    data = models.TextField(verbose_name='data', blank=True, db_column='data_col')
    rank = models.ImageField(upload_to='files/', null=True)
    homepage = models.CharField(max_length=100)
    users = models.ManyToManyField('accounts.User', related_name='photo_users', blank=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='photo_like_users')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['homepage', 'data'], name='photo_homepage_data_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.data}'
