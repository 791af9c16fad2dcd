from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Product(models.Model):
    summary = models.BooleanField(default=True)
    score = models.DateField(blank=True)
    thumbnail = models.PositiveBigIntegerField('thumbnail', null=True, blank=True)
    points = models.PositiveIntegerField(default=0)
    title = models.DateTimeField(auto_now=True, null=True)
    status = models.TextField(verbose_name='status', null=True, db_column='status_col')

    class Meta:
        ordering = ['-thumbnail']
        constraints = [
            models.UniqueConstraint(fields=['points', 'thumbnail'], name='product_points_thumbnail_uniq'),
        ]


class Choice(models.Model):
    start = models.PositiveBigIntegerField(null=True)
    rating = models.PositiveSmallIntegerField()
    rank = models.UUIDField(blank=True)
    post = models.OneToOneField('todos.Post', on_delete=models.CASCADE, related_name='choice_post_set')
    user_ref = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='choice_user_ref_set')

    class Meta:
        ordering = ['-rating']
        verbose_name = 'choice item'
        unique_together = [['start', 'user_ref']]


class Note(models.Model):
    created_at = models.BigIntegerField(verbose_name='created_at')
    homepage = models.EmailField(max_length=254, unique=True)
    weight = models.PositiveIntegerField('weight', null=True, db_column='weight_col')
    done = models.PositiveIntegerField(null=True)
    memo = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['weight', 'created_at'], name='note_weight_created_at_uniq'),
        ]
