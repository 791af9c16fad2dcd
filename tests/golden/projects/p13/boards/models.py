import uuid

from django.db import models


class Event(models.Model):
    homepage = models.IntegerField(verbose_name='homepage', choices=[(1, 'one'), (2, 'two')])
    released = models.CharField(max_length=150, null=True, blank=True, db_column='released_col')
    code = models.DateField(null=True)
    score = models.SlugField()
    length = models.BigIntegerField()
    review_ref = models.ForeignKey('community.Review', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_0')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['review_ref', 'homepage'], name='event_review_ref_homepage_uniq'),
        ]

    def __str__(self):
        return self.released


class Order(models.Model):
    code = models.URLField(db_index=True)
    thumbnail = models.UUIDField(default=uuid.uuid4, db_column='thumbnail_col')
    memo = models.BigIntegerField()
    level = models.DateField(auto_now_add=True)
    created_at = models.DateField(auto_now_add=True)
    score = models.SlugField(max_length=80)
    choice = models.ForeignKey('articles.Choice', on_delete=models.CASCADE, related_name='orders_0')

    class Meta:
        db_table = 'boards_orders'
        verbose_name = 'order item'
