from django.conf import settings
from django.db import models


class Category(models.Model):
    title = models.ImageField(upload_to='images/')
    status = models.PositiveSmallIntegerField(blank=True)
    opens = models.TimeField(null=True, blank=True)
    level = models.JSONField()
    stock = models.FileField(upload_to='images/', null=True, blank=True)
    memo = models.JSONField(default=dict)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='category_user_ref_set')

    class Meta:
        indexes = [models.Index(fields=['level'])]
