from django.db import models


class Review(models.Model):
    weight = models.JSONField(blank=True)
    extra = models.SmallIntegerField(default=0, null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['extra', 'weight'], name='review_extra_weight_uniq'),
        ]


class Question(models.Model):
    data = models.BigIntegerField()
    nickname = models.TextField()


class Book(models.Model):
    published = models.SmallIntegerField(default=0)
    rating = models.PositiveBigIntegerField()
    parent = models.ForeignKey('reviews.Photo', on_delete=models.SET_NULL, null=True, blank=True, related_name='book_parent_set')
    like_choices = models.ManyToManyField('music.Choice', related_name='book_like_choices', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['rating', 'parent'], name='book_rating_parent_uniq'),
        ]
