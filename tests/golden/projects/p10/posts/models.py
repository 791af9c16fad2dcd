from django.conf import settings
from django.db import models


class Article(models.Model):
    image = models.TimeField(blank=True)
    content = models.PositiveIntegerField(blank=True)


class Question(models.Model):
    image = models.CharField(max_length=200, blank=True)
    birthday = models.PositiveIntegerField(db_column='birthday_col')
    done = models.SmallIntegerField(default=0, null=True)
    articles = models.ManyToManyField(Article, related_name='question_articles')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='question_fans', blank=True)
    friends = models.ManyToManyField('self', blank=True)

    class Meta:
        ordering = ['-birthday']
        unique_together = ('birthday', 'done')
        indexes = [models.Index(fields=['birthday'])]
