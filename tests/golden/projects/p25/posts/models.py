from django.db import models


class Category(models.Model):
    level = models.CharField(max_length=20, unique=True)
    memo = models.SlugField(max_length=80)
    body = models.DurationField()
    count = models.DateTimeField()

    class Meta:
        ordering = ['-memo']


class Board(models.Model):
    extra = models.JSONField(default=dict)
    updated_at = models.DateField()
    level = models.DateField(verbose_name='level', null=True, blank=True)
    like_articles = models.ManyToManyField('shop.Article', related_name='board_like_articles')
    parent = models.ForeignKey('users.User', on_delete=models.SET_NULL, null=True, related_name='boards_1')

    class Meta:
        db_table = 'posts_boards'


class Album(models.Model):
    price = models.CharField(max_length=150)
    image = models.CharField(max_length=50)
    thumbnail = models.FileField(verbose_name='thumbnail', upload_to='files/', null=True, blank=True)
    body = models.IntegerField(default=0, null=True)
    title = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = 'album item'

    def __str__(self):
        return self.price
