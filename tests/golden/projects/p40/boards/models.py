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
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, blank=True, related_name='genres_0')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of')

    class Meta:
        ordering = ['-rating']
        unique_together = [['email', 'parent']]


class Post(models.Model):
    data = models.BooleanField(default=False)
    score = models.DurationField(null=True)
    start = models.TimeField(blank=True)
    image = models.IntegerField(blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True)
    friends = models.ManyToManyField('self', blank=True)
    related = models.ManyToManyField('self')

    class Meta:
        ordering = ['-data']
