from django.conf import settings
from django.db import models


class Note(models.Model):
    content = models.TimeField('content')
    title = models.TextField(blank=True)
    price = models.URLField(null=True)
    views = models.SmallIntegerField(default=0, null=True)
    owner = models.ForeignKey('movies.Genre', on_delete=models.SET_NULL, null=True, related_name='notes_0')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-price']


class Order(models.Model):
    thumbnail = models.URLField('thumbnail', max_length=300, blank=True)
    price = models.PositiveBigIntegerField(null=True)
    done = models.DurationField(db_index=True)
    title = models.URLField(null=True)
    image = models.UUIDField(db_index=True)

    class Meta:
        unique_together = ('title', 'price')


class Profile(models.Model):
    body = models.DecimalField(max_digits=10, decimal_places=3)
    published = models.PositiveIntegerField(null=True, db_index=True)
    nickname = models.DurationField('nickname', db_column='nickname_col')
    slug = models.DecimalField(max_digits=10, decimal_places=2, db_column='slug_col')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='profile_writer_set', db_column='writer_key')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['writer', 'slug'], name='profile_writer_slug_uniq'),
        ]
