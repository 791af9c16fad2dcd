from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models


class Order(models.Model):
    email = models.IntegerField(default=0, null=True, db_column='email_col')
    rank = models.SlugField(verbose_name='rank', max_length=80, blank=True, unique=True)
    count = models.DateField('count')
    thumbnail = models.URLField(blank=True)
    owner = models.ForeignKey(get_user_model(), on_delete=models.DO_NOTHING, related_name='order_owner_set')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        unique_together = [['count', 'rank']]

    def __str__(self):
        return self.rank


class Choice(models.Model):
    updated_at = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')], blank=True, db_index=True, db_column='updated_at_col')
    done = models.PositiveIntegerField(default=0, db_column='done_col')
    address = models.PositiveBigIntegerField(db_index=True)
    writer = models.ForeignKey(Order, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='choices_0')
    user_ref = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name='choices_1', db_column='user_ref_key')

    class Meta:
        ordering = ['-done']
        unique_together = ('writer', 'updated_at')

    def __str__(self):
        return f'{self.pk}: {self.updated_at}'


class Genre(models.Model):
    summary = models.DateTimeField('summary')
    address = models.DurationField()
    count = models.DateField(auto_now_add=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genre_parent_set')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genre_user_ref_set')
