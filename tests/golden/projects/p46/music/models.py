from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models


class Order(models.Model):
    done = models.DurationField('done')
    count = models.DurationField(blank=True, db_column='count_col')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='order_users')
    category = models.OneToOneField('reviews.Category', on_delete=models.SET_NULL, null=True, blank=True, related_name='order_category_set')

    class Meta:
        ordering = ['-count']


class Note(models.Model):
    id = models.BigAutoField(primary_key=True)
    data = models.FloatField()
    published = models.UUIDField(blank=True)
    position = models.DateTimeField(auto_now_add=True, blank=True)
    owner = models.ForeignKey(get_user_model(), on_delete=models.PROTECT, related_name='note_owner_set')
    users = models.ManyToManyField(User, related_name='note_users', blank=True)
    group_ref = models.ForeignKey('auth.Group', on_delete=models.PROTECT, related_name='note_group_ref_set')

    class Meta:
        verbose_name = 'note item'
