import uuid

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models


class Tag(models.Model):
    status = models.UUIDField(default=uuid.uuid4)
    title = models.IntegerField()
    price = models.CharField(max_length=200)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='tags_0')
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name='tag_user_set', db_column='user_key')

    class Meta:
        ordering = ['-user']
        db_table = 'posts_tags'
        verbose_name = 'tag item'
        unique_together = [['status', 'user']]


class Order(models.Model):
    id = models.BigAutoField(primary_key=True)
    price = models.TimeField(blank=True)
    position = models.TextField()
    image = models.FloatField(blank=True)
    start = models.TimeField(db_index=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-price']

    def __str__(self):
        return self.position
