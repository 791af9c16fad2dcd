from django.conf import settings
from django.db import models


class Review(models.Model):
    image = models.TimeField()
    uid = models.DateField()
    level = models.DecimalField(max_digits=10, decimal_places=3)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='review_user_set')
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='review_like_users', blank=True)

    class Meta:
        ordering = ['-image']
        verbose_name = 'review item'
