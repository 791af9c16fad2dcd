from django.db import models


class Board(models.Model):
    title = models.FloatField()
    slug = models.FileField(upload_to='files/')
    homepage = models.DateTimeField()
    writer = models.ForeignKey('blog.Genre', on_delete=models.CASCADE)
    article = models.ForeignKey('articles.Article', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='board_article_set', db_index=False)
    owner = models.ForeignKey('blog.Profile', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-writer']


class Post(models.Model):
    birthday = models.DateTimeField('birthday')
    rank = models.IntegerField(default=0, unique=True)
    created_at = models.PositiveSmallIntegerField(null=True)

    class Meta:
        unique_together = ('rank', 'birthday')
