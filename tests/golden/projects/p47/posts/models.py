from django.contrib.auth import get_user_model
from django.db import models


class Todo(models.Model):
    thumbnail = models.SlugField(null=True)
    name = models.SmallIntegerField(verbose_name='name', blank=True, db_index=True)
    owner = models.ForeignKey('boards.Photo', on_delete=models.SET_NULL, null=True, related_name='todo_owner_set')
    parent = models.ForeignKey('auth.Group', on_delete=models.CASCADE, related_name='todos_1')

    class Meta:
        db_table = 'posts_todos'


class Product(models.Model):
    level = models.PositiveIntegerField()
    position = models.TimeField(blank=True)
    points = models.ImageField(upload_to='images/', null=True)
    done = models.SlugField(unique=True)
    code = models.SmallIntegerField('code', blank=True)
    birthday = models.FileField(upload_to='images/')
    fans = models.ManyToManyField(get_user_model(), related_name='product_fans')
    writer = models.ForeignKey('boards.Choice', on_delete=models.CASCADE, related_name='products_1', db_index=False)
    parent = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='product_parent_set', db_index=False)

    class Meta:
        unique_together = ('birthday', 'points')
        constraints = [
            models.UniqueConstraint(fields=['writer', 'birthday'], name='product_writer_birthday_uniq'),
        ]
        indexes = [models.Index(fields=['writer'])]


class Comment(models.Model):
    address = models.DateField()
    rating = models.EmailField(db_column='rating_col')
    stock = models.URLField()
    opens = models.DurationField(verbose_name='opens', db_column='opens_col')
    fans = models.ManyToManyField('boards.Board', related_name='comment_fans')
    product = models.ForeignKey('Product', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='comment_product_set')
    parent = models.ForeignKey('Todo', on_delete=models.DO_NOTHING, related_name='comment_parent_set')
