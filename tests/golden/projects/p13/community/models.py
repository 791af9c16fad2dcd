from django.conf import settings
from django.db import models


class Genre(models.Model):
    id = models.BigAutoField(primary_key=True)
    address = models.IntegerField(default=0, null=True, blank=True)
    start = models.TextField()
    points = models.DateTimeField(auto_now_add=True)
    data = models.FileField(upload_to='images/', blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name='genre_user_set')
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='genre_users', blank=True)
    friends = models.ManyToManyField('self', blank=True)

    class Meta:
        ordering = ['-user']
        verbose_name = 'genre item'
        unique_together = ('address', 'data')
        indexes = [
            models.Index(fields=['user', 'data'], name='genre_user_idx'),
        ]


class Review(models.Model):
    updated_at = models.SlugField('updated at')
    score = models.PositiveSmallIntegerField()
    rating = models.TextField(null=True)
    points = models.TextField(null=True)
    body = models.URLField()
    writer = models.ForeignKey('Genre', on_delete=models.CASCADE, db_index=False)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='review_parent_set')

    class Meta:
        ordering = ['-rating']
        constraints = [
            models.UniqueConstraint(fields=['updated_at', 'points'], name='review_updated_at_points_uniq'),
        ]


class Post(models.Model):
    start = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    status = models.DateTimeField(null=True, blank=True, db_column='status_col')
    homepage = models.FloatField(blank=True)
    opens = models.EmailField(max_length=300, db_column='opens_col')
    memo = models.ImageField('memo', upload_to='files/')

    class Meta:
        ordering = ['-opens']
        verbose_name = 'post item'
