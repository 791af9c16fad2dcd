from django.conf import settings
from django.db import models


class Order(models.Model):
    summary = models.DateField(db_index=True)
    level = models.IntegerField(default=0)
    count = models.SmallIntegerField(verbose_name='count', null=True)
    length = models.URLField()
    users = models.ManyToManyField('users.User', related_name='order_users', blank=True)
    owner = models.ForeignKey('movies.Todo', on_delete=models.CASCADE, null=True, blank=True, related_name='orders_1')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        db_table = 'todos_orders'


class Song(models.Model):
    id = models.BigAutoField(primary_key=True)
    data = models.DecimalField(max_digits=8, decimal_places=2, blank=True)
    published = models.TextField()
    email = models.PositiveSmallIntegerField(blank=True)
    title = models.CharField(max_length=20, default='draft', null=True, unique=True)
    level = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['title', 'data'], name='song_title_data_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.published}'


class Article(models.Model):
    count = models.DateField()
    content = models.BigIntegerField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='article_users')
    parent = models.ForeignKey('Order', on_delete=models.CASCADE, related_name='articles_1')
    orders = models.ManyToManyField(Order, related_name='article_orders')

    class Meta:
        unique_together = ('parent', 'content')
