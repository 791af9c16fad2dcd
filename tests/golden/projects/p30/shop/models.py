from django.db import models


class Todo(models.Model):
    updated_at = models.SlugField(blank=True, db_column='updated_at_col')
    rating = models.JSONField(default=dict)
    uid = models.DateField(null=True)
    level = models.EmailField()
    friends = models.ManyToManyField('self')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        db_table = 'shop_todos'
        indexes = [
            models.Index(fields=['uid'], name='todo_uid_idx'),
        ]
