from django.conf import settings
from django.db import models


class Book(models.Model):
    uid = models.DurationField(verbose_name='uid', blank=True)
    image = models.JSONField(default=dict, blank=True)
    summary = models.TimeField()
    rating = models.SlugField(null=True)
    homepage = models.DateTimeField(verbose_name='homepage', auto_now_add=True, blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, db_index=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='books_1')

    class Meta:
        unique_together = ('parent', 'uid')
