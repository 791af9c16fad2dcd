import uuid

from django.contrib.auth.models import User
from django.db import models


class Tag(models.Model):
    status = models.UUIDField(default=uuid.uuid4)
    title = models.IntegerField()
    price = models.CharField(max_length=200)
    writer = models.ForeignKey('reviews.Genre', on_delete=models.CASCADE, null=True, blank=True, related_name='tags_0')
    members = models.ManyToManyField(User, related_name='tag_members')

    class Meta:
        ordering = ['-status']
        constraints = [
            models.UniqueConstraint(fields=['status', 'writer'], name='tag_status_writer_uniq'),
        ]


class Order(models.Model):
    id = models.AutoField(primary_key=True)
    body = models.DateField(blank=True)
    published = models.SlugField(max_length=80, blank=True)
    friends = models.ManyToManyField('self')

    class Meta:
        verbose_name = 'order item'
        constraints = [
            models.UniqueConstraint(fields=['published', 'body'], name='order_published_body_uniq'),
        ]
