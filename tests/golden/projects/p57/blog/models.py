from django.contrib.auth import get_user_model
from django.db import models


class Question(models.Model):
    homepage = models.JSONField()
    summary = models.IntegerField(choices=[(1, 'one'), (2, 'two')])

    class Meta:
        ordering = ['-homepage']
        constraints = [
            models.UniqueConstraint(fields=['homepage', 'summary'], name='question_homepage_summary_uniq'),
        ]
        indexes = [models.Index(fields=['homepage'])]


class Article(models.Model):
    title = models.UUIDField(null=True, blank=True)
    position = models.EmailField()
    memo = models.DateField('memo')
    attachment = models.BigIntegerField(null=True, blank=True)
    name = models.ImageField(verbose_name='name', upload_to='files/')
    members = models.ManyToManyField(get_user_model(), related_name='article_members')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True, db_column='parent_key')
    owner = models.ForeignKey('library.Album', on_delete=models.SET_NULL, null=True, blank=True, related_name='articles_2')

    class Meta:
        verbose_name = 'article item'
        indexes = [models.Index(fields=['memo', 'attachment'])]
