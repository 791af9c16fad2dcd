import uuid

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
    count = models.CharField(max_length=10, choices=[('a', 'A'), ('b', 'B')], null=True)
    created_at = models.DateField(verbose_name='created_at')
    released = models.JSONField()

    class Meta:
        ordering = ['-views']
        constraints = [
            models.UniqueConstraint(fields=['uid', 'created_at'], name='author_uid_created_at_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.count}'


class Book(models.Model):
    name = models.IntegerField(default=0)
    published = models.TextField()

    class Meta:
        ordering = ['-name']
