from django.conf import settings
from django.db import models


class Todo(models.Model):
    updated_at = models.SlugField(blank=True, db_column='updated_at_col')
    rating = models.JSONField(default=dict)
    uid = models.DateField(null=True)
    level = models.EmailField()
    like_users = models.ManyToManyField('auth.User', related_name='todo_like_users', blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='todo_user_set')

    class Meta:
        verbose_name = 'todo item'
