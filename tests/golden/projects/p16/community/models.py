from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Review(models.Model):
    rank = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    created_at = models.JSONField(default=dict, null=True)
    released = models.DurationField(null=True)
    length = models.SmallIntegerField(default=0, db_index=True)
    address = models.EmailField(max_length=100)
    slug = models.SlugField('slug', max_length=80, blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, null=True, blank=True, related_name='review_user_set')

    def __str__(self):
        return self.address


class Album(models.Model):
    summary = models.DateTimeField(null=True)
    data = models.JSONField(default=dict)
    published = models.PositiveIntegerField(default=0)
    extra = models.DateField(auto_now_add=True, db_index=True)
    writer = models.ForeignKey(User, on_delete=models.CASCADE, related_name='album_writer_set')
    user = models.OneToOneField('auth.User', on_delete=models.CASCADE, related_name='albums_1')

    class Meta:
        unique_together = [['published', 'user']]
        indexes = [
            models.Index(fields=['published', 'user'], name='album_published_idx'),
        ]


class Order(models.Model):
    length = models.PositiveIntegerField(default=0)
    content = models.EmailField(blank=True)
    uid = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')])
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    owner = models.ForeignKey(Review, on_delete=models.CASCADE, related_name='order_owner_set')

    class Meta:
        verbose_name = 'order item'
        unique_together = [['uid', 'parent']]
        indexes = [
            models.Index(fields=['parent', 'uid'], name='order_parent_idx'),
        ]
