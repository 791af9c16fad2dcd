from django.conf import settings
from django.db import models


class Question(models.Model):
    id = models.BigAutoField(primary_key=True)
    body = models.DecimalField(max_digits=8, decimal_places=3, blank=True, db_column='body_col')
    title = models.BigIntegerField(null=True)
    attachment = models.EmailField(blank=True)
    categorys = models.ManyToManyField('reviews.Category', related_name='question_categorys', blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name='questions_1')
