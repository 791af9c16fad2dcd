from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Question(models.Model):
    attachment = models.FileField(upload_to='uploads/%Y/%m/')
    content = models.EmailField(max_length=300)
    members = models.ManyToManyField(get_user_model(), related_name='question_members', blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['content'], name='question_content_idx'),
        ]


class Product(models.Model):
    created_at = models.DateTimeField()
    address = models.BigIntegerField('address', blank=True)
    email = models.IntegerField(choices=[(1, 'one'), (2, 'two')], blank=True)
    published = models.PositiveSmallIntegerField(null=True, blank=True)
    thumbnail = models.DateField()
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='product_fans', blank=True)

    class Meta:
        ordering = ['-email']
