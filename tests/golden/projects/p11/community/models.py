from django.conf import settings
from django.db import models


class Article(models.Model):
    uid = models.DurationField(db_index=True)
    code = models.ImageField(upload_to='images/', blank=True)
    summary = models.IntegerField(choices=[(1, 'one'), (2, 'two')], blank=True)
    memo = models.DateField('memo', auto_now_add=True, null=True)
    body = models.SmallIntegerField(default=0)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, related_name='articles_0')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='article_fans')

    class Meta:
        ordering = ['-code']
        verbose_name = 'article item'


class Question(models.Model):
    points = models.TimeField()
    level = models.DecimalField('level', max_digits=5, decimal_places=3)
    related = models.ManyToManyField('self')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='question_parent_set')


class Note(models.Model):
    level = models.FloatField(null=True, blank=True)
    code = models.PositiveSmallIntegerField(blank=True)
    points = models.DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        verbose_name = 'note item'
