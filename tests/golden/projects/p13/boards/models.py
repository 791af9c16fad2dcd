from django.db import models


class Event(models.Model):
    data = models.PositiveBigIntegerField(null=True)
    published = models.CharField(max_length=150, default='')
    writer = models.ForeignKey('articles.Choice', on_delete=models.SET_NULL, null=True, blank=True, related_name='events_0')

    class Meta:
        unique_together = [['published', 'writer']]
        constraints = [
            models.UniqueConstraint(fields=['published', 'writer'], name='event_published_writer_uniq'),
        ]
        indexes = [models.Index(fields=['data'])]


class Order(models.Model):
    slug = models.DurationField()
    points = models.TimeField()
    name = models.URLField('name', db_index=True)
    thumbnail = models.DateField(null=True)
    image = models.PositiveSmallIntegerField(null=True)
    created_at = models.CharField(max_length=50, unique=True)
    like_reviews = models.ManyToManyField('community.Review', related_name='order_like_reviews', blank=True)
    genre = models.ForeignKey('community.Genre', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='orders_1', db_index=False)

    class Meta:
        ordering = ['-points']
        constraints = [
            models.UniqueConstraint(fields=['slug', 'genre'], name='order_slug_genre_uniq'),
        ]
        indexes = [
            models.Index(fields=['thumbnail'], name='order_thumbnail_idx'),
        ]
