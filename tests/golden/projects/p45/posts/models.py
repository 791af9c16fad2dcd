import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models


class Category(models.Model):
    data = models.DateField(blank=True)
    opens = models.PositiveIntegerField(blank=True)
    memo = models.DurationField(verbose_name='memo')
    slug = models.PositiveBigIntegerField(verbose_name='slug', blank=True)
    body = models.FloatField(null=True, db_index=True)
    level = models.IntegerField(blank=True, unique=True)
    owner = models.ForeignKey(get_user_model(), on_delete=models.SET_DEFAULT, null=True, default=None, related_name='categorys_0', db_index=False)
    parent = models.ForeignKey('library.Review', on_delete=models.CASCADE, related_name='categorys_1')
    writer = models.ForeignKey('Question', on_delete=models.SET_NULL, null=True, blank=True, related_name='categorys_2')

    class Meta:
        db_table = 'posts_categorys'
        verbose_name = 'category item'
        indexes = [
            models.Index(fields=['data'], name='category_data_idx'),
        ]


class Question(models.Model):
    rating = models.PositiveSmallIntegerField()
    views = models.UUIDField(default=uuid.uuid4, null=True, db_column='views_col')
    attachment = models.DateField()
    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name='questions_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE)

    class Meta:
        unique_together = [['views', 'parent']]
