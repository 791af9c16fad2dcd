import uuid

from django.conf import settings
from django.db import models


class Tag(models.Model):
    title = models.FileField(upload_to='images/', blank=True, db_column='title_col')
    status = models.SlugField()
    published = models.DateTimeField(auto_now=True)
    image = models.SmallIntegerField(null=True)
    is_public = models.UUIDField(default=uuid.uuid4)
    level = models.DateField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='tags_0')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='tag_fans')
    author = models.OneToOneField('music.Author', on_delete=models.DO_NOTHING, null=True, blank=True)

    class Meta:
        db_table = 'community_tags'
        indexes = [models.Index(fields=['is_public'])]


class Photo(models.Model):
    summary = models.BooleanField(default=True, blank=True)
    title = models.DateTimeField(auto_now_add=True, null=True)
    rating = models.PositiveBigIntegerField(null=True, blank=True)
    data = models.JSONField(null=True)
    parent = models.ForeignKey('events.Post', on_delete=models.DO_NOTHING)

    class Meta:
        unique_together = ('summary', 'rating')


class Article(models.Model):
    summary = models.PositiveIntegerField(verbose_name='summary', default=0, null=True)
    published = models.ImageField(upload_to='files/')
    start = models.FileField('start', upload_to='uploads/%Y/%m/', null=True)
    slug = models.TimeField('slug')
    memo = models.PositiveBigIntegerField(null=True)
