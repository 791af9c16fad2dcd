from django.conf import settings
from django.db import models


class Album(models.Model):
    body = models.FloatField()
    updated_at = models.CharField(max_length=255)
    count = models.DecimalField(max_digits=5, decimal_places=0)
    name = models.PositiveSmallIntegerField()
    created_at = models.CharField(max_length=10)
    opens = models.FloatField(null=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='albums_0', db_column='user_key')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, blank=True, related_name='albums_1', db_column='user_ref_key')

    class Meta:
        indexes = [
            models.Index(fields=['count'], name='album_count_idx'),
        ]


class Review(models.Model):
    content = models.TimeField()
    is_public = models.DecimalField('is public', max_digits=5, decimal_places=2)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='review_user_ref_set')
    writer = models.ForeignKey('Album', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='reviews_1')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, null=True, blank=True, related_name='reviews_2')

    class Meta:
        verbose_name = 'review item'
        unique_together = ('is_public', 'user_ref')
        constraints = [
            models.UniqueConstraint(fields=['is_public', 'content'], name='review_is_public_content_uniq'),
        ]
        indexes = [models.Index(fields=['user'])]
