from django.conf import settings
from django.db import models


class Review(models.Model):
    image = models.TimeField()
    uid = models.DateField()
    level = models.DecimalField(max_digits=10, decimal_places=3)
    photo_ref = models.ForeignKey('community.Photo', on_delete=models.CASCADE, related_name='review_photo_ref_set')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='review_writer_set')
    parent = models.ForeignKey('accounts.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='reviews_2')

    class Meta:
        ordering = ['-photo_ref']
        indexes = [models.Index(fields=['parent', 'uid'])]
