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
    like_users = models.ManyToManyField('users.User', related_name='book_like_users', blank=True)

    class Meta:
        db_table = 'events_books'
        verbose_name = 'book item'
        constraints = [
            models.UniqueConstraint(fields=['points', 'level'], name='book_points_level_uniq'),
        ]
