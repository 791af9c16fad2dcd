from django.conf import settings
from django.db import models


class Review(models.Model):
    slug = models.BooleanField('slug', default=True)
    points = models.SmallIntegerField(default=0)
    status = models.FileField(upload_to='files/', blank=True)
    memo = models.BooleanField(default=False, blank=True)
    data = models.TimeField()

    class Meta:
        ordering = ['-memo']
        unique_together = ('points', 'data')


class Book(models.Model):
    price = models.DurationField(blank=True)
    is_public = models.SmallIntegerField()
    content = models.SmallIntegerField(default=0, blank=True)
    position = models.SlugField('position')
    body = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    title = models.FileField(upload_to='images/')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name='book_user_set')

    class Meta:
        ordering = ['-position']
        constraints = [
            models.UniqueConstraint(fields=['price', 'content'], name='book_price_content_uniq'),
        ]

    def __str__(self):
        return self.position
