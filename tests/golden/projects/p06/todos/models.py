from django.conf import settings
from django.db import models


class Order(models.Model):
    id = models.BigAutoField(primary_key=True)
    length = models.PositiveBigIntegerField(blank=True)
    stock = models.URLField()
    uid = models.SmallIntegerField(verbose_name='uid', null=True)
    parent = models.ForeignKey('movies.Tag', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='order_parent_set')

    class Meta:
        db_table = 'todos_orders'
        indexes = [
            models.Index(fields=['parent'], name='order_parent_idx'),
        ]


class Song(models.Model):
    id = models.AutoField(primary_key=True)
    start = models.SlugField(max_length=80)
    updated_at = models.CharField(max_length=150, blank=True)
    extra = models.BigIntegerField(null=True)
    like_posts = models.ManyToManyField('events.Post', related_name='song_like_posts', blank=True)
    tag = models.ForeignKey('movies.Tag', on_delete=models.PROTECT, null=True, related_name='songs_1')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, null=True, related_name='song_owner_set', db_column='owner_key')

    class Meta:
        ordering = ['-owner']
        verbose_name = 'song item'
        constraints = [
            models.UniqueConstraint(fields=['updated_at', 'owner'], name='song_updated_at_owner_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.updated_at}'


class Article(models.Model):
    start = models.JSONField()
    summary = models.CharField(max_length=150, blank=True, unique=True)
    code = models.BigIntegerField(null=True, db_index=True)
    data = models.DateTimeField(auto_now=True)
    rating = models.CharField(max_length=200)
    published = models.DateTimeField(auto_now=True, null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='articles_0')

    class Meta:
        ordering = ['-data']
        indexes = [
            models.Index(fields=['rating'], name='article_rating_idx'),
        ]
