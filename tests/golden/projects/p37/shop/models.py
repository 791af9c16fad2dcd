from django.conf import settings
from django.db import models


class Comment(models.Model):
    rating = models.DateTimeField(auto_now=True, blank=True)
    attachment = models.DurationField()
    address = models.SlugField(max_length=80, null=True)
    level = models.BooleanField(verbose_name='level', default=False)
    score = models.DurationField()
    data = models.ImageField(upload_to='images/', null=True, blank=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_like_users', blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)


class Post(models.Model):
    released = models.PositiveIntegerField(default=0)
    level = models.FileField(upload_to='images/', blank=True)
    length = models.DurationField('length')
    name = models.JSONField()
    image = models.JSONField(blank=True)
    fans = models.ManyToManyField('todos.Category', related_name='post_fans')

    class Meta:
        indexes = [models.Index(fields=['image', 'length'])]


class Photo(models.Model):
    price = models.TimeField(db_column='price_col')
    extra = models.ImageField(upload_to='uploads/%Y/%m/', null=True)
    updated_at = models.IntegerField(verbose_name='updated_at', default=0, blank=True, db_index=True)
    stock = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='photos_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, related_name='photo_parent_set')

    class Meta:
        ordering = ['-user']
        unique_together = ('user', 'stock')
