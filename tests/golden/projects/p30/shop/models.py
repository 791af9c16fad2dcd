from django.contrib.auth import get_user_model
from django.db import models


class Todo(models.Model):
    updated_at = models.SlugField(blank=True, db_column='updated_at_col')
    rating = models.JSONField(default=dict)
    uid = models.DateField(null=True)
    level = models.EmailField()
    like_users = models.ManyToManyField(get_user_model(), related_name='todo_like_users', blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        unique_together = [['parent', 'updated_at']]
