from django.conf import settings
from django.db import models


class Album(models.Model):
    homepage = models.URLField(verbose_name='homepage', max_length=100)
    attachment = models.CharField(max_length=20)
    slug = models.DateTimeField(blank=True)
    stock = models.PositiveSmallIntegerField(null=True, blank=True)
    title = models.PositiveBigIntegerField()
    comment_ref = models.ForeignKey('Comment', on_delete=models.SET_NULL, null=True, blank=True, related_name='albums_0')


class Comment(models.Model):
    price = models.SmallIntegerField(db_index=True)
    level = models.ImageField(upload_to='files/', blank=True)
    nickname = models.SmallIntegerField(default=0)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='comment_user_ref_set', db_column='user_ref_key')
    parent = models.ForeignKey('Album', on_delete=models.PROTECT, related_name='comments_1')

    class Meta:
        unique_together = [['level', 'user_ref']]
