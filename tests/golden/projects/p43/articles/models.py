from django.db import models


class Comment(models.Model):
    stock = models.SlugField(max_length=80, blank=True)
    thumbnail = models.PositiveBigIntegerField('thumbnail')
    rating = models.BooleanField('rating', default=False, blank=True)
    price = models.CharField(max_length=50, null=True)
    summary = models.SlugField(verbose_name='summary', max_length=80)
    question_ref = models.ForeignKey('community.Question', on_delete=models.CASCADE, related_name='comment_question_ref_set', db_column='question_ref_key')

    def __str__(self):
        return self.stock


class Article(models.Model):
    content = models.URLField(max_length=254, null=True)
    updated_at = models.CharField('updated at', max_length=50, choices=[('a', 'A'), ('b', 'B')], unique=True)
    slug = models.DecimalField(max_digits=5, decimal_places=2)
    attachment = models.PositiveIntegerField(verbose_name='attachment')
    body = models.SmallIntegerField(default=0)
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True)
    comment_ref = models.ForeignKey('Comment', on_delete=models.SET_NULL, null=True, blank=True, related_name='articles_1', db_index=False)

    class Meta:
        verbose_name = 'article item'
