from django.db import models


class Book(models.Model):
    published = models.TimeField()
    memo = models.URLField(max_length=100)
    done = models.DecimalField(max_digits=10, decimal_places=0, null=True)
    content = models.DecimalField(max_digits=10, decimal_places=0, db_column='content_col')
    members = models.ManyToManyField('todos.Tag', related_name='book_members')
    user = models.OneToOneField('users.User', on_delete=models.CASCADE, related_name='books_1')

    class Meta:
        indexes = [models.Index(fields=['user'])]
