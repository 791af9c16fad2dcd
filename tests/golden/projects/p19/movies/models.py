import uuid

from django.conf import settings
from django.db import models


class Profile(models.Model):
    memo = models.PositiveBigIntegerField(verbose_name='memo')
    start = models.URLField()
    score = models.UUIDField(default=uuid.uuid4, null=True, db_column='score_col')
    points = models.PositiveBigIntegerField(blank=True)
    image = models.PositiveIntegerField(default=0)
    thumbnail = models.PositiveBigIntegerField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['score', 'image'], name='profile_score_image_uniq'),
        ]


class Author(models.Model):
    image = models.DecimalField('image', max_digits=5, decimal_places=2, blank=True)
    uid = models.UUIDField(default=uuid.uuid4)
    views = models.DurationField(db_index=True)
    count = models.CharField(max_length=10, choices=[('a', 'A'), ('b', 'B')], blank=True)
    created_at = models.SmallIntegerField(default=0)
    released = models.TextField(null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='author_user_set')
    parent = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name='authors_1')

    class Meta:
        verbose_name = 'author item'


class Book(models.Model):
    done = models.PositiveSmallIntegerField()
    position = models.DurationField()
    address = models.FileField('address', upload_to='files/')
    slug = models.DurationField()

    class Meta:
        unique_together = [['address', 'position']]
