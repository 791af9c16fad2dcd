from django.db import models


class Album(models.Model):
    stock = models.URLField(verbose_name='stock', max_length=300)
    address = models.TextField('address', null=True)
    data = models.FloatField(null=True)
    nickname = models.FileField(verbose_name='nickname', upload_to='uploads/%Y/%m/')
    article_ref = models.ForeignKey('reviews.Article', on_delete=models.CASCADE, related_name='albums_0')

    class Meta:
        verbose_name = 'album item'
        unique_together = ('nickname', 'data')
        constraints = [
            models.UniqueConstraint(fields=['data', 'article_ref'], name='album_data_article_ref_uniq'),
        ]


class Comment(models.Model):
    id = models.BigAutoField(primary_key=True)
    thumbnail = models.DateField()
    title = models.CharField(max_length=255, blank=True)
    uid = models.CharField(max_length=200, unique=True)
    homepage = models.DurationField('homepage')
    position = models.DateField(null=True, db_index=True)
    published = models.CharField(max_length=150)
    fans = models.ManyToManyField(Album, related_name='comment_fans', blank=True)

    class Meta:
        db_table = 'movies_comments'
