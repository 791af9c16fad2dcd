from django.conf import settings
from django.db import models


class Post(models.Model):
    id = models.BigAutoField(primary_key=True)
    body = models.SlugField(verbose_name='body', null=True)
    uid = models.DateField(auto_now_add=True)
    released = models.SlugField(null=True, blank=True, unique=True)
    position = models.IntegerField(default=0, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='post_owner_set')

    def __str__(self):
        return self.released


class Article(models.Model):
    image = models.IntegerField()
    published = models.BooleanField(default=False, db_column='published_col')
    stock = models.CharField(max_length=50, db_index=True, db_column='stock_col')
    code = models.FloatField(verbose_name='code', blank=True)
    position = models.TextField()
    summary = models.SlugField(max_length=80)

    class Meta:
        unique_together = ('published', 'summary')

    def __str__(self):
        return f'{self.pk}: {self.stock}'
