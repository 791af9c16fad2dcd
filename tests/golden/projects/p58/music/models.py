from django.contrib.auth.models import User
from django.db import models


class Question(models.Model):
    level = models.DecimalField(verbose_name='level', max_digits=5, decimal_places=3)
    points = models.PositiveBigIntegerField(verbose_name='points', null=True)
    nickname = models.TextField()
    weight = models.CharField('weight', max_length=10)
    writer = models.ForeignKey(User, on_delete=models.CASCADE, related_name='question_writer_set', db_column='writer_key')
    fans = models.ManyToManyField('articles.Choice', related_name='question_fans', blank=True)

    class Meta:
        ordering = ['-weight']
        constraints = [
            models.UniqueConstraint(fields=['nickname', 'writer'], name='question_nickname_writer_uniq'),
        ]


class Tag(models.Model):
    position = models.PositiveSmallIntegerField(blank=True)
    rank = models.PositiveBigIntegerField()
    is_public = models.JSONField('is public', default=dict, blank=True)
    stock = models.DateField(null=True)
    writer = models.ForeignKey('articles.Choice', on_delete=models.PROTECT, related_name='tags_0')
