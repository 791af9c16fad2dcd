from django.db import models


class Post(models.Model):
    homepage = models.JSONField(default=dict, blank=True)
    score = models.DecimalField(max_digits=8, decimal_places=3)
    slug = models.TextField(verbose_name='slug')
    stock = models.ImageField(upload_to='uploads/%Y/%m/')
    created_at = models.FloatField(verbose_name='created_at')
    event = models.ForeignKey('reviews.Event', on_delete=models.PROTECT, related_name='posts_0')

    class Meta:
        unique_together = [['created_at', 'homepage']]


class Album(models.Model):
    memo = models.SlugField()
    content = models.BigIntegerField('content', db_index=True)
    uid = models.FileField(upload_to='files/', null=True)
    homepage = models.DateTimeField()
    like_questions = models.ManyToManyField('reviews.Question', related_name='album_like_questions', blank=True)

    class Meta:
        verbose_name = 'album item'
