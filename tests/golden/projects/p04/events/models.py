from django.db import models


class Choice(models.Model):
    price = models.URLField(verbose_name='price')
    opens = models.CharField('opens', max_length=255, blank=True, unique=True)
    nickname = models.DurationField(db_column='nickname_col')
    content = models.PositiveSmallIntegerField(blank=True)
    name = models.SmallIntegerField(db_index=True)
    image = models.PositiveSmallIntegerField(blank=True)

    class Meta:
        ordering = ['-price']
        indexes = [
            models.Index(fields=['content', 'nickname'], name='choice_content_idx'),
        ]


class Book(models.Model):
    summary = models.FloatField(null=True)
    level = models.BooleanField(verbose_name='level', default=False)
    points = models.TextField(verbose_name='points', blank=True, db_column='points_col')
    extra = models.TextField()
    weight = models.DateField(auto_now_add=True, blank=True)
    score = models.PositiveIntegerField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
