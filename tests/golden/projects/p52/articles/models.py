from django.conf import settings
from django.db import models


class Comment(models.Model):
    uid = models.PositiveSmallIntegerField()
    views = models.SlugField(verbose_name='views', blank=True)
    opens = models.DurationField(null=True, db_column='opens_col')
    done = models.ImageField(upload_to='images/')
    attachment = models.ImageField(upload_to='files/', db_column='attachment_col')
    nickname = models.BooleanField(default=False, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['views', 'nickname'], name='comment_views_nickname_uniq'),
        ]


class Photo(models.Model):
    title = models.CharField(verbose_name='title', max_length=50, default='draft')
    content = models.TimeField(blank=True)
    done = models.FloatField()
    is_public = models.SmallIntegerField()
    stock = models.PositiveBigIntegerField()
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='photo_writer_set')
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name='photos_1')
    parent = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name='photos_2')

    class Meta:
        ordering = ['-comment']
