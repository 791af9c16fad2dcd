import uuid

from django.conf import settings
from django.db import models


class Todo(models.Model):
    published = models.ImageField(upload_to='images/', null=True)
    attachment = models.FileField(upload_to='files/')
    nickname = models.EmailField(max_length=300, db_index=True)
    memo = models.SlugField(null=True)
    uid = models.CharField(verbose_name='uid', max_length=10, null=True)
    summary = models.DateTimeField(auto_now_add=True)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='todos_0')

    class Meta:
        ordering = ['-nickname']
        unique_together = ('uid', 'memo')


class Post(models.Model):
    id = models.BigAutoField(primary_key=True)
    count = models.SmallIntegerField('count', default=0, null=True)
    updated_at = models.URLField()
    price = models.EmailField()
    rating = models.UUIDField(default=uuid.uuid4, unique=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of')

    class Meta:
        ordering = ['-count']
        unique_together = [['price', 'rating']]

    def __str__(self):
        return self.price


class Review(models.Model):
    data = models.BooleanField(default=False)
    score = models.DurationField(null=True)
    start = models.TimeField(blank=True)
    image = models.IntegerField(blank=True)
    owner = models.ForeignKey('Post', on_delete=models.PROTECT, related_name='review_owner_set')
    writer = models.ForeignKey(Todo, on_delete=models.CASCADE, related_name='review_writer_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['writer', 'owner'], name='review_writer_owner_uniq'),
        ]
        indexes = [
            models.Index(fields=['score', 'writer'], name='review_score_idx'),
        ]
