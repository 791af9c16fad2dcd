from django.conf import settings
from django.db import models


class Comment(models.Model):
    created_at = models.URLField()
    body = models.PositiveBigIntegerField(blank=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='comment_user_set', db_index=False)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_fans')

    class Meta:
        ordering = ['-parent']


class Note(models.Model):
    is_public = models.DateField(verbose_name='is_public', blank=True, db_column='is_public_col')
    position = models.ImageField('position', upload_to='images/')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    like_tags = models.ManyToManyField('posts.Tag', related_name='note_like_tags')

    class Meta:
        verbose_name = 'note item'
        unique_together = [['is_public', 'position']]
        indexes = [models.Index(fields=['parent', 'is_public'])]
