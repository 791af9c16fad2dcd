import uuid

from django.db import models


class Tag(models.Model):
    length = models.PositiveSmallIntegerField()
    body = models.FloatField(blank=True)
    address = models.DecimalField(max_digits=10, decimal_places=3)
    title = models.EmailField(max_length=300)
    writer = models.ForeignKey('posts.Album', on_delete=models.DO_NOTHING, related_name='tags_0', db_column='writer_key')
    parent = models.ForeignKey('posts.Album', on_delete=models.CASCADE, related_name='tag_parent_set')

    class Meta:
        verbose_name = 'tag item'


class Movie(models.Model):
    status = models.PositiveBigIntegerField(blank=True, db_index=True)
    title = models.BooleanField(default=True, blank=True)
    level = models.DateTimeField(verbose_name='level', auto_now_add=True, blank=True)
    content = models.UUIDField(default=uuid.uuid4)
    price = models.PositiveBigIntegerField(blank=True)
    memo = models.JSONField(default=dict)
    parent = models.ForeignKey('posts.Event', on_delete=models.DO_NOTHING, related_name='movie_parent_set')

    class Meta:
        ordering = ['-content']
        verbose_name = 'movie item'


class Profile(models.Model):
    status = models.CharField(max_length=255)
    opens = models.PositiveBigIntegerField(blank=True, db_column='opens_col')
    event = models.OneToOneField('posts.Event', on_delete=models.CASCADE, related_name='profile_event_set')
    parent = models.ForeignKey('Tag', on_delete=models.CASCADE, null=True, blank=True, related_name='profiles_1')
