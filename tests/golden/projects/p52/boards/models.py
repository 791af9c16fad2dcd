from django.db import models


class Song(models.Model):
    opens = models.TimeField(blank=True)
    position = models.FileField(upload_to='uploads/%Y/%m/')
    score = models.ImageField(upload_to='files/')
    related = models.ManyToManyField('self')

    class Meta:
        ordering = ['-opens']
        indexes = [
            models.Index(fields=['score', 'opens'], name='song_score_idx'),
        ]


class Article(models.Model):
    rating = models.ImageField(upload_to='uploads/%Y/%m/')
    score = models.SlugField()
    position = models.SmallIntegerField()
    stock = models.DurationField(verbose_name='stock')
    name = models.PositiveIntegerField()
    is_public = models.FloatField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    writer = models.ForeignKey('articles.Comment', on_delete=models.SET_NULL, null=True, blank=True, related_name='articles_1')

    class Meta:
        indexes = [models.Index(fields=['is_public', 'score'])]
