import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Profile(models.Model):
    title = models.UUIDField()
    price = models.ImageField(upload_to='images/')
    data = models.DateTimeField(auto_now_add=True)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='profile_parent_set')
    genre_ref = models.ForeignKey('community.Genre', on_delete=models.SET_NULL, null=True, blank=True, related_name='profile_genre_ref_set')

    class Meta:
        ordering = ['-price']
        db_table = 'reviews_profiles'
        indexes = [models.Index(fields=['genre_ref'])]


class Todo(models.Model):
    image = models.TextField(blank=True)
    slug = models.CharField(max_length=20, db_index=True)
    updated_at = models.DateField()
    published = models.CharField(max_length=100, choices=[('a', 'A'), ('b', 'B')])
    weight = models.EmailField()
    body = models.TimeField()
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.DO_NOTHING, related_name='todo_user_ref_set')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, db_index=False)

    def __str__(self):
        return self.published


class Order(models.Model):
    summary = models.PositiveIntegerField(default=0)
    rank = models.PositiveBigIntegerField()
    level = models.FileField(upload_to='images/')
    created_at = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')])
    code = models.SmallIntegerField(blank=True)
    content = models.UUIDField(default=uuid.uuid4, unique=True)

    class Meta:
        verbose_name = 'order item'
        unique_together = ('rank', 'code')
        constraints = [
            models.UniqueConstraint(fields=['content', 'rank'], name='order_content_rank_uniq'),
        ]
