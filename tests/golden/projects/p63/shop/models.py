import uuid

from django.db import models


class Order(models.Model):
    image = models.FloatField('image', null=True)
    released = models.SlugField(max_length=80)
    views = models.DateTimeField(auto_now_add=True, blank=True)
    nickname = models.PositiveSmallIntegerField()
    address = models.DateField(auto_now_add=True, blank=True)
    related = models.ManyToManyField('self', blank=True)

    class Meta:
        unique_together = [['address', 'released']]
        indexes = [models.Index(fields=['released', 'nickname'])]


class Choice(models.Model):
    views = models.DateTimeField(auto_now_add=True)
    image = models.BooleanField(default=False)
    birthday = models.PositiveBigIntegerField(db_index=True)
    published = models.BooleanField(default=True, db_index=True)
    start = models.PositiveBigIntegerField('start')
    homepage = models.UUIDField(default=uuid.uuid4)

    class Meta:
        ordering = ['-image']
        unique_together = ('published', 'start')
        constraints = [
            models.UniqueConstraint(fields=['published', 'homepage'], name='choice_published_homepage_uniq'),
        ]
        indexes = [models.Index(fields=['views'])]


class Song(models.Model):
    id = models.AutoField(primary_key=True)
    nickname = models.BooleanField(verbose_name='nickname', default=True)
    is_public = models.DecimalField(max_digits=8, decimal_places=3)
    count = models.TimeField()
    members = models.ManyToManyField('Choice', related_name='song_members', blank=True)

    class Meta:
        ordering = ['-count']
        db_table = 'shop_songs'
        constraints = [
            models.UniqueConstraint(fields=['is_public', 'nickname'], name='song_is_public_nickname_uniq'),
        ]
        indexes = [models.Index(fields=['nickname'])]
