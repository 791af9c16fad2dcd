from django.db import models


class Article(models.Model):
    uid = models.DurationField(db_index=True)
    code = models.ImageField(upload_to='images/', blank=True)
    summary = models.IntegerField(choices=[(1, 'one'), (2, 'two')], blank=True)
    memo = models.DateField('memo', auto_now_add=True, null=True)
    body = models.SmallIntegerField(default=0)
    like_users = models.ManyToManyField('auth.User', related_name='article_like_users')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-code']


class Author(models.Model):
    email = models.TimeField()
    points = models.DecimalField('points', max_digits=5, decimal_places=3)
    level = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='author_parent_set')
    article = models.OneToOneField('Article', on_delete=models.PROTECT)
    members = models.ManyToManyField('auth.User', related_name='author_members', blank=True)

    class Meta:
        ordering = ['-level']


class Genre(models.Model):
    thumbnail = models.DateTimeField(auto_now=True)
    title = models.DateTimeField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, related_name='genres_0')

    class Meta:
        ordering = ['-title']
