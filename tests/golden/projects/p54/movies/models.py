from django.db import models


class Genre(models.Model):
    attachment = models.UUIDField(unique=True)
    status = models.SlugField()
    weight = models.EmailField(blank=True, unique=True)
    rank = models.BooleanField(default=False)
    uid = models.DateField(verbose_name='uid', db_index=True)

    class Meta:
        verbose_name = 'genre item'
        unique_together = [['uid', 'rank']]
        constraints = [
            models.UniqueConstraint(fields=['weight', 'attachment'], name='genre_weight_attachment_uniq'),
        ]


class Review(models.Model):
    stock = models.FloatField(verbose_name='stock', blank=True)
    email = models.TimeField('email', blank=True)
    rank = models.FileField(upload_to='files/', null=True)
    score = models.ImageField(upload_to='uploads/%Y/%m/')
    attachment = models.TimeField(null=True)
    weight = models.JSONField(default=dict)
    tag = models.ForeignKey('library.Tag', on_delete=models.CASCADE, null=True)

    class Meta:
        ordering = ['-score']
        unique_together = ('weight', 'stock')
        constraints = [
            models.UniqueConstraint(fields=['tag', 'email'], name='review_tag_email_uniq'),
        ]


class Todo(models.Model):
    summary = models.IntegerField(verbose_name='summary', unique=True)
    code = models.PositiveSmallIntegerField()
    fans = models.ManyToManyField('events.Post', related_name='todo_fans')

    class Meta:
        verbose_name = 'todo item'
        indexes = [
            models.Index(fields=['summary'], name='todo_summary_idx'),
        ]
