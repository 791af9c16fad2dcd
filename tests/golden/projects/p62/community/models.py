import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Todo(models.Model):
    data = models.SmallIntegerField(default=0, blank=True, db_index=True)
    created_at = models.SmallIntegerField()
    members = models.ManyToManyField(get_user_model(), related_name='todo_members', blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='todos_1')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['parent', 'created_at'], name='todo_parent_created_at_uniq'),
        ]
        indexes = [models.Index(fields=['parent', 'created_at'])]


class Profile(models.Model):
    code = models.TextField(blank=True)
    nickname = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    rating = models.CharField('rating', max_length=200, null=True)
    position = models.BooleanField(default=True, blank=True, db_index=True)
    owner = models.ForeignKey('events.Photo', on_delete=models.CASCADE, null=True, blank=True, related_name='profile_owner_set')

    class Meta:
        db_table = 'community_profiles'
        constraints = [
            models.UniqueConstraint(fields=['nickname', 'owner'], name='profile_nickname_owner_uniq'),
        ]


class Author(models.Model):
    image = models.UUIDField(default=uuid.uuid4)
    address = models.SlugField()
    email = models.DecimalField(max_digits=10, decimal_places=3)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['image', 'address'], name='author_image_address_uniq'),
        ]
