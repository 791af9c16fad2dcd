from django.conf import settings
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
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='article_members')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        unique_together = ('attachment', 'parent')
