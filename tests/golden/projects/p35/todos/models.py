from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    start = models.DurationField(null=True)
    birthday = models.FileField(upload_to='files/', null=True, blank=True, db_column='birthday_col')
    views = models.TimeField(null=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='reviews_0')
    todo = models.ForeignKey('Todo', on_delete=models.CASCADE, related_name='review_todo_set')


class Book(models.Model):
    nickname = models.DateField(null=True)
    data = models.PositiveBigIntegerField(db_index=True)
    price = models.DateField(null=True)

    class Meta:
        db_table = 'todos_books'
        unique_together = ('data', 'price')


class Todo(models.Model):
    done = models.FileField(upload_to='images/')
    status = models.FileField(upload_to='images/', blank=True)
    updated_at = models.DecimalField(max_digits=8, decimal_places=0)
    views = models.FileField(upload_to='files/', null=True, blank=True)
    body = models.PositiveSmallIntegerField()
    user = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='todo_user_set')
    book_ref = models.ForeignKey(Book, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='todo_book_ref_set', db_column='book_ref_key')
    members = models.ManyToManyField('library.Comment', related_name='todo_members')
