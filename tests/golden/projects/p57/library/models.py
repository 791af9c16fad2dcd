from django.db import models


class Choice(models.Model):
    start = models.DateField(null=True)
    image = models.PositiveSmallIntegerField()
    updated_at = models.DecimalField(max_digits=10, decimal_places=2, blank=True)
    rating = models.ImageField(upload_to='files/', db_column='rating_col')
    uid = models.EmailField()
    position = models.DurationField(db_column='position_col')
    article_ref = models.ForeignKey('blog.Article', on_delete=models.DO_NOTHING, related_name='choice_article_ref_set', db_column='article_ref_key')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING)

    class Meta:
        ordering = ['-rating']

    def __str__(self):
        return f'{self.pk}: {self.uid}'


class Album(models.Model):
    image = models.FileField(upload_to='files/')
    created_at = models.PositiveBigIntegerField()
    name = models.JSONField(default=dict)
    count = models.BigIntegerField('count', blank=True)
    released = models.BooleanField(default=True)
    start = models.BigIntegerField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=['released', 'created_at'], name='album_released_idx'),
        ]
