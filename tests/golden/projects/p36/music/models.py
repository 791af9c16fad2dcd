from django.conf import settings
from django.db import models


class Author(models.Model):
    content = models.PositiveIntegerField(default=0, blank=True)
    attachment = models.BigIntegerField(blank=True, db_index=True)
    memo = models.DecimalField(max_digits=5, decimal_places=2, blank=True, db_column='memo_col')
    status = models.FloatField(blank=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='author_users', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='authors_1')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='authors_2')


class Question(models.Model):
    id = models.AutoField(primary_key=True)
    points = models.PositiveBigIntegerField(null=True)
    status = models.TimeField(null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='question_user_set', db_index=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='questions_1')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='question_fans', blank=True)

    class Meta:
        ordering = ['-user']
