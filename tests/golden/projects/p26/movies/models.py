from django.db import models


class Album(models.Model):
    id = models.AutoField(primary_key=True)
    done = models.EmailField(db_column='done_col')
    status = models.PositiveSmallIntegerField(blank=True)
    article = models.ForeignKey('reviews.Article', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_0')
    categorys = models.ManyToManyField('reviews.Category', related_name='album_categorys', blank=True)

    class Meta:
        ordering = ['-article']
        db_table = 'movies_albums'


class Comment(models.Model):
    published = models.DurationField('published')
    slug = models.DateField(null=True, db_index=True)
    points = models.CharField(max_length=150)
    status = models.SmallIntegerField(default=0, db_column='status_col')
    start = models.PositiveBigIntegerField()
    stock = models.BooleanField('stock', default=True)
    article = models.OneToOneField('reviews.Article', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='comment_article_set')

    class Meta:
        verbose_name = 'comment item'
        unique_together = ('status', 'article')
