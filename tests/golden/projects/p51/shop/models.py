from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Choice(models.Model):
    released = models.PositiveIntegerField(blank=True)
    rank = models.ImageField(upload_to='images/')
    memo = models.PositiveSmallIntegerField('memo')
    price = models.IntegerField(db_column='price_col')
    address = models.PositiveIntegerField(null=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING)

    class Meta:
        verbose_name = 'choice item'
        unique_together = ('price', 'parent')


class Todo(models.Model):
    updated_at = models.ImageField(upload_to='files/')
    stock = models.DateTimeField(auto_now=True)
    length = models.IntegerField()
    fans = models.ManyToManyField(UserModel, related_name='todo_fans')

    class Meta:
        db_table = 'shop_todos'


class Author(models.Model):
    points = models.CharField(max_length=150)
    title = models.PositiveBigIntegerField(blank=True)
    start = models.PositiveSmallIntegerField()
    length = models.SlugField(blank=True, db_index=True)
    like_users = models.ManyToManyField(UserModel, related_name='author_like_users')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, related_name='authors_1')

    class Meta:
        unique_together = [['title', 'start']]

    def __str__(self):
        return f'{self.pk}: {self.length}'
