from django.db import models


class Review(models.Model):
    points = models.PositiveBigIntegerField(verbose_name='points')
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    rank = models.PositiveBigIntegerField(blank=True)
    name = models.FloatField()
    nickname = models.FileField(upload_to='images/', blank=True)
    published = models.CharField(max_length=255, choices=[('a', 'A'), ('b', 'B')], default='draft')

    class Meta:
        ordering = ['-nickname']
        verbose_name = 'review item'
        indexes = [
            models.Index(fields=['rank', 'rating'], name='review_rank_idx'),
        ]


class Board(models.Model):
    extra = models.TextField()
    nickname = models.FileField(upload_to='images/')
    views = models.DateField()
    homepage = models.ImageField(upload_to='uploads/%Y/%m/', null=True)
    updated_at = models.SlugField(null=True)
    parent = models.ForeignKey('posts.Product', on_delete=models.DO_NOTHING, related_name='boards_0')

    def __str__(self):
        return f'{self.pk}: {self.updated_at}'


class Event(models.Model):
    id = models.BigAutoField(primary_key=True)
    opens = models.SmallIntegerField()
    summary = models.IntegerField(default=0)
    homepage = models.EmailField()
    birthday = models.EmailField()
    stock = models.DurationField(blank=True, db_column='stock_col')
    rating = models.TimeField()
    members = models.ManyToManyField('articles.Category', related_name='event_members')
    reviews = models.ManyToManyField('Review', related_name='event_reviews', blank=True)

    def __str__(self):
        return f'{self.pk}: {self.birthday}'
