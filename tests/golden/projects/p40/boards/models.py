from django.conf import settings
from django.db import models


class Todo(models.Model):
    id = models.AutoField(primary_key=True)
    published = models.ImageField(upload_to='images/', null=True)
    attachment = models.FileField(upload_to='files/')
    nickname = models.EmailField(max_length=300, db_index=True)
    memo = models.SlugField(null=True)
    uid = models.CharField('uid', max_length=10, blank=True)
    summary = models.PositiveBigIntegerField()
    owner = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='todos_0')
    users = models.ManyToManyField('accounts.User', related_name='todo_users', blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='todo_user_set')

    class Meta:
        unique_together = [['owner', 'summary']]


class Genre(models.Model):
    rating = models.ImageField(upload_to='files/')
    price = models.SmallIntegerField(null=True)
    email = models.BigIntegerField()
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
    writer = models.ForeignKey('Todo', on_delete=models.CASCADE, related_name='genres_1')

    class Meta:
        ordering = ['-rating']
        verbose_name = 'genre item'


class Board(models.Model):
    name = models.PositiveIntegerField(default=0, null=True)
    summary = models.DateField(blank=True)
    start = models.TimeField(blank=True)
    todo = models.OneToOneField(Todo, on_delete=models.DO_NOTHING, related_name='board_todo_set', db_column='todo_key')

    class Meta:
        unique_together = ('start', 'summary')
