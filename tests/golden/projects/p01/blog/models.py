import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    stock = models.ImageField(upload_to='files/', null=True, blank=True)
    summary = models.SlugField(max_length=80, unique=True)
    published = models.BigIntegerField(null=True)
    start = models.ImageField(upload_to='uploads/%Y/%m/')
    attachment = models.UUIDField(default=uuid.uuid4)
    address = models.DateTimeField(auto_now=True)
    user = models.ForeignKey(UserModel, on_delete=models.PROTECT, related_name='review_user_set')

    class Meta:
        verbose_name = 'review item'
