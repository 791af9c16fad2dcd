from django.contrib.auth import get_user_model
from django.db import models


class Album(models.Model):
    level = models.EmailField(max_length=300)
    nickname = models.IntegerField(null=True)
    price = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    todo_ref = models.ForeignKey('todos.Todo', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_0')


class Comment(models.Model):
    score = models.PositiveIntegerField()
    nickname = models.DateField(db_index=True)
    owner = models.ForeignKey('todos.Todo', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='comment_owner_set')
    user = models.OneToOneField(get_user_model(), on_delete=models.CASCADE, related_name='comment_user_set')

    class Meta:
        verbose_name = 'comment item'
        indexes = [
            models.Index(fields=['user'], name='comment_user_idx'),
        ]
