from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Comment(models.Model):
    rating = models.DecimalField(max_digits=10, decimal_places=0, null=True, blank=True)
    name = models.URLField(max_length=100, blank=True)
    opens = models.UUIDField()
    thumbnail = models.JSONField(blank=True)
    is_public = models.SmallIntegerField(null=True, db_index=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, related_name='comments_0')
    like_categorys = models.ManyToManyField('reviews.Category', related_name='comment_like_categorys')

    class Meta:
        verbose_name = 'comment item'


class Album(models.Model):
    price = models.DateTimeField(auto_now=True)
    summary = models.BooleanField(verbose_name='summary', default=False)
    email = models.DateField()
    nickname = models.IntegerField(default=0, null=True)
    created_at = models.CharField(max_length=100)
    user = models.ForeignKey(UserModel, on_delete=models.SET_NULL, null=True, blank=True, related_name='albums_0')
    like_categorys = models.ManyToManyField('reviews.Category', related_name='album_like_categorys', blank=True)

    class Meta:
        unique_together = ('nickname', 'summary')
        constraints = [
            models.UniqueConstraint(fields=['nickname', 'email'], name='album_nickname_email_uniq'),
        ]
        indexes = [
            models.Index(fields=['email', 'price'], name='album_email_idx'),
        ]


class Genre(models.Model):
    count = models.FloatField(verbose_name='count')
    body = models.IntegerField(db_column='body_col')
    price = models.TextField(verbose_name='price')
