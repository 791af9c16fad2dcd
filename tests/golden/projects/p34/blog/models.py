from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Comment(models.Model):
    homepage = models.ImageField(upload_to='uploads/%Y/%m/')
    weight = models.JSONField(default=dict)
    count = models.PositiveBigIntegerField()
    birthday = models.CharField(max_length=255, null=True)
    points = models.PositiveSmallIntegerField(blank=True)
    length = models.JSONField(blank=True)
    parent = models.ForeignKey(UserModel, on_delete=models.PROTECT, related_name='comments_0')
    writer = models.ForeignKey('Article', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='comments_1')

    class Meta:
        indexes = [models.Index(fields=['weight'])]


class Book(models.Model):
    title = models.JSONField(null=True)
    views = models.JSONField(verbose_name='views', default=dict, null=True)
    weight = models.JSONField('weight', default=dict, db_column='weight_col')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)


class Article(models.Model):
    published = models.SlugField(max_length=80)
    content = models.SlugField(max_length=80, null=True)
    email = models.PositiveBigIntegerField('email', blank=True)

    class Meta:
        verbose_name = 'article item'
        constraints = [
            models.UniqueConstraint(fields=['content', 'published'], name='article_content_published_uniq'),
        ]
