from django.conf import settings
from django.db import models


class Book(models.Model):
    slug = models.PositiveSmallIntegerField()
    body = models.CharField(max_length=200)
    score = models.PositiveSmallIntegerField()
    released = models.JSONField(default=dict)
    is_public = models.JSONField(default=dict)
    status = models.DateTimeField(auto_now=True)
    todo = models.ForeignKey('todos.Todo', on_delete=models.PROTECT, related_name='books_0')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='book_users')
