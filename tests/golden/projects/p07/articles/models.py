from django.conf import settings
from django.db import models


class Article(models.Model):
    is_public = models.ImageField(upload_to='uploads/%Y/%m/')
    nickname = models.DurationField(null=True)
    created_at = models.DurationField()
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='articles_0')
