from django.conf import settings
from django.db import models


class Order(models.Model):
    nickname = models.EmailField(blank=True, unique=True)
    stock = models.TimeField()
    code = models.DateTimeField('code', auto_now=True, null=True)

    class Meta:
        unique_together = ('nickname', 'stock')
        indexes = [models.Index(fields=['stock', 'nickname'])]


class Post(models.Model):
    memo = models.DateField(db_index=True)
    slug = models.TimeField(null=True, db_index=True)
    image = models.DecimalField(max_digits=5, decimal_places=2)
    content = models.URLField(null=True, db_index=True)
    members = models.ManyToManyField('shop.Category', related_name='post_members', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='posts_1')

    class Meta:
        unique_together = ('content', 'image')
