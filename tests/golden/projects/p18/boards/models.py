from django.conf import settings
from django.db import models


class Photo(models.Model):
    created_at = models.BooleanField(default=False, blank=True)
    count = models.FloatField('count')
    slug = models.ImageField(upload_to='images/')
    choice = models.ForeignKey('reviews.Choice', on_delete=models.CASCADE, related_name='photos_0')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='photo_user_set')
    article_ref = models.ForeignKey('reviews.Article', on_delete=models.PROTECT)

    class Meta:
        verbose_name = 'photo item'
        indexes = [
            models.Index(fields=['article_ref'], name='photo_article_ref_idx'),
        ]
