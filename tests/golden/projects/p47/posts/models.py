from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Todo(models.Model):
    position = models.ImageField(upload_to='images/')
    published = models.PositiveSmallIntegerField(null=True)
    summary = models.CharField(max_length=100)
    slug = models.FileField(upload_to='images/', db_column='slug_col')
    status = models.DateTimeField(auto_now_add=True)
    users = models.ManyToManyField(UserModel, related_name='todo_users')
    board = models.OneToOneField('boards.Board', on_delete=models.CASCADE, related_name='todo_board_set')
    owner = models.ForeignKey('boards.Choice', on_delete=models.CASCADE, related_name='todos_2')

    class Meta:
        ordering = ['-published']
        constraints = [
            models.UniqueConstraint(fields=['summary', 'owner'], name='todo_summary_owner_uniq'),
        ]


class Product(models.Model):
    opens = models.ImageField(upload_to='images/')
    thumbnail = models.BooleanField(default=False)
    attachment = models.DateTimeField('attachment', db_index=True)
    released = models.DateTimeField(blank=True)
    count = models.FileField(upload_to='images/')
    parent = models.ForeignKey('boards.Choice', on_delete=models.PROTECT, related_name='product_parent_set')
    like_todos = models.ManyToManyField('Todo', related_name='product_like_todos')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['count', 'attachment'], name='product_count_attachment_uniq'),
        ]


class Comment(models.Model):
    data = models.DateField()
    birthday = models.PositiveIntegerField(default=0, null=True)
    address = models.FileField(upload_to='files/', blank=True)
    product = models.ForeignKey(Product, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='comment_product_set')

    class Meta:
        unique_together = [['address', 'birthday']]
