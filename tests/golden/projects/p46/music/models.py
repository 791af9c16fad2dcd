from django.conf import settings
from django.db import models


class Comment(models.Model):
    rating = models.DecimalField(max_digits=10, decimal_places=0, null=True, blank=True)
    name = models.URLField(max_length=100, blank=True)
    opens = models.UUIDField()
    thumbnail = models.JSONField(blank=True)
    is_public = models.SmallIntegerField(null=True, db_index=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='comments_0')
    writer = models.ForeignKey('auth.User', on_delete=models.DO_NOTHING, related_name='comments_1')

    class Meta:
        indexes = [
            models.Index(fields=['writer'], name='comment_writer_idx'),
        ]


class Review(models.Model):
    updated_at = models.PositiveIntegerField()
    attachment = models.TimeField()
    birthday = models.DurationField(blank=True, db_index=True)
    code = models.EmailField(unique=True)
    image = models.BooleanField(default=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='reviews_0')
    like_categorys = models.ManyToManyField('reviews.Category', related_name='review_like_categorys', blank=True)

    class Meta:
        unique_together = ('code', 'attachment')
        constraints = [
            models.UniqueConstraint(fields=['code', 'birthday'], name='review_code_birthday_uniq'),
        ]
        indexes = [
            models.Index(fields=['birthday', 'updated_at'], name='review_birthday_idx'),
        ]


class Tag(models.Model):
    count = models.FloatField(verbose_name='count')
    body = models.IntegerField(db_column='body_col')
    price = models.TextField(verbose_name='price')
