from django.conf import settings
from django.db import models


class Review(models.Model):
    rating = models.PositiveIntegerField()
    homepage = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    birthday = models.JSONField(default=dict, null=True)
    friends = models.ManyToManyField('self', blank=True)

    class Meta:
        ordering = ['-rating']
        indexes = [models.Index(fields=['birthday'])]


class Book(models.Model):
    score = models.TimeField(blank=True)
    image = models.EmailField(max_length=100)
    rank = models.BooleanField(default=True)
    level = models.PositiveIntegerField(null=True, blank=True)
    slug = models.FloatField(blank=True, db_column='slug_col')
    views = models.URLField(max_length=300)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='book_user_ref_set')

    class Meta:
        ordering = ['-slug']
        verbose_name = 'book item'
        indexes = [models.Index(fields=['level', 'rank'])]

    def __str__(self):
        return f'{self.pk}: {self.image}'


class Board(models.Model):
    start = models.JSONField('start', default=dict, blank=True)
    rank = models.TimeField()
    title = models.URLField()
    created_at = models.PositiveSmallIntegerField()
    attachment = models.TextField(null=True)

    class Meta:
        ordering = ['-created_at']
        verbose_name = 'board item'
        unique_together = [['start', 'created_at']]
        constraints = [
            models.UniqueConstraint(fields=['title', 'created_at'], name='board_title_created_at_uniq'),
        ]

    def __str__(self):
        return self.attachment
