from django.contrib.auth import get_user_model
from django.db import models


class Tag(models.Model):
    status = models.TimeField(null=True)
    memo = models.SmallIntegerField()
    position = models.DateField(null=True)
    body = models.DurationField()
    extra = models.BigIntegerField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='tag_parent_set')
    members = models.ManyToManyField('boards.Article', related_name='tag_members')

    class Meta:
        ordering = ['-position']


class Movie(models.Model):
    start = models.SlugField(blank=True, db_index=True)
    created_at = models.DurationField()
    body = models.DurationField()
    user = models.ForeignKey(get_user_model(), on_delete=models.SET_NULL, null=True, blank=True, related_name='movies_0')
    like_authors = models.ManyToManyField('boards.Author', related_name='movie_like_authors')


class Event(models.Model):
    stock = models.ImageField(upload_to='images/')
    created_at = models.PositiveSmallIntegerField(verbose_name='created_at')
    opens = models.BooleanField(default=False)
    attachment = models.PositiveIntegerField(default=0, blank=True)
    thumbnail = models.DecimalField(max_digits=8, decimal_places=3, db_index=True)
    nickname = models.SmallIntegerField(default=0, null=True, blank=True, db_column='nickname_col')
    parent = models.ForeignKey('boards.Author', on_delete=models.CASCADE, related_name='event_parent_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['stock', 'opens'], name='event_stock_opens_uniq'),
        ]
        indexes = [models.Index(fields=['opens'])]
