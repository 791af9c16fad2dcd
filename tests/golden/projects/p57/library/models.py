from django.db import models


class Choice(models.Model):
    rank = models.PositiveSmallIntegerField()
    price = models.PositiveSmallIntegerField(verbose_name='price')
    created_at = models.IntegerField(null=True)
    code = models.DecimalField(max_digits=10, decimal_places=2, blank=True)
    article_ref = models.ForeignKey('blog.Article', on_delete=models.SET_NULL, null=True, blank=True, related_name='choice_article_ref_set')

    class Meta:
        ordering = ['-price']
        verbose_name = 'choice item'


class Album(models.Model):
    weight = models.FloatField(blank=True, db_index=True)
    data = models.DecimalField(verbose_name='data', max_digits=5, decimal_places=0, null=True)
    article = models.ForeignKey('blog.Article', on_delete=models.SET_NULL, null=True, blank=True, related_name='albums_0')

    class Meta:
        ordering = ['-article']
        unique_together = ('data', 'article')
