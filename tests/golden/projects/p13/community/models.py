import uuid

from django.contrib.auth.models import User
from django.db import models


class Genre(models.Model):
    weight = models.SmallIntegerField()
    price = models.TextField()
    users = models.ManyToManyField(User, related_name='genre_users')
    articles = models.ManyToManyField('Article', related_name='genre_articles')
    choice = models.ForeignKey('articles.Choice', on_delete=models.CASCADE, related_name='genre_choice_set', db_column='choice_key')

    class Meta:
        db_table = 'community_genres'
        unique_together = ('price', 'choice')


class Article(models.Model):
    count = models.ImageField(upload_to='images/', blank=True)
    rank = models.UUIDField(default=uuid.uuid4)
    homepage = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ['-homepage']
        constraints = [
            models.UniqueConstraint(fields=['rank', 'count'], name='article_rank_count_uniq'),
        ]


class Review(models.Model):
    score = models.PositiveSmallIntegerField(null=True)
    attachment = models.JSONField(default=dict, null=True)

    class Meta:
        ordering = ['-attachment']
        db_table = 'community_reviews'
