from django.conf import settings
from django.db import models


class Photo(models.Model):
    level = models.JSONField(null=True)
    weight = models.PositiveIntegerField(db_index=True)
    title = models.DecimalField(max_digits=10, decimal_places=2, null=True, db_column='title_col')
    score = models.DateField(blank=True)
    position = models.IntegerField(default=0)
    parent = models.ForeignKey('community.Board', on_delete=models.CASCADE, null=True, blank=True, related_name='photos_0')
    members = models.ManyToManyField('users.User', related_name='photo_members')

    class Meta:
        verbose_name = 'photo item'


class Choice(models.Model):
    birthday = models.PositiveSmallIntegerField(null=True)
    address = models.DateField(null=True, blank=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_like_users', blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='choice_user_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['birthday', 'user'], name='choice_birthday_user_uniq'),
        ]
