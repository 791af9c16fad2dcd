from django.conf import settings
from django.db import models


class Post(models.Model):
    content = models.FileField(upload_to='uploads/%Y/%m/')
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    title = models.DateTimeField(null=True, db_column='title_col')
    like_groups = models.ManyToManyField('auth.Group', related_name='post_like_groups')
    event_ref = models.ForeignKey('shop.Event', on_delete=models.CASCADE, related_name='post_event_ref_set')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='posts_2')

    class Meta:
        verbose_name = 'post item'
