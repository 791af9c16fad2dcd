from django.conf import settings
from django.db import models


class Article(models.Model):
    extra = models.SmallIntegerField(verbose_name='extra', default=0)
    address = models.IntegerField(default=0, null=True)
    score = models.FileField(upload_to='files/', db_column='score_col')
    points = models.JSONField(default=dict)
    is_public = models.EmailField()

    class Meta:
        ordering = ['-score']
        verbose_name = 'article item'

    def __str__(self):
        return f'{self.pk}: {self.is_public}'


class Review(models.Model):
    attachment = models.DateTimeField()
    thumbnail = models.DateTimeField(auto_now_add=True)
    views = models.SmallIntegerField(default=0)
    email = models.SmallIntegerField()
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='review_like_users', blank=True)

    class Meta:
        ordering = ['-email']
