from django.db import models


class Article(models.Model):
    code = models.CharField(max_length=255)
    birthday = models.TimeField(blank=True)
    summary = models.DateTimeField()
    count = models.PositiveSmallIntegerField()
    start = models.PositiveSmallIntegerField(verbose_name='start', db_index=True)
    status = models.TimeField()
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['summary'], name='article_summary_idx'),
        ]


class Note(models.Model):
    points = models.PositiveSmallIntegerField(blank=True)
    address = models.UUIDField()
    extra = models.SmallIntegerField(default=0)
    uid = models.DecimalField(max_digits=8, decimal_places=3, blank=True)
    image = models.BigIntegerField(blank=True)
    done = models.TimeField(null=True)


class Category(models.Model):
    rank = models.FileField(upload_to='files/', blank=True)
    uid = models.DateField(auto_now_add=True)
    name = models.URLField(max_length=254)
    length = models.DateField(blank=True, db_column='length_col')
    like_articles = models.ManyToManyField('Article', related_name='category_like_articles')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ['-rank']
