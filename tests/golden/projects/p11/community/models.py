import uuid

from django.db import models


class Article(models.Model):
    created_at = models.JSONField()
    released = models.EmailField()
    done = models.ImageField(upload_to='uploads/%Y/%m/')
    updated_at = models.TimeField()
    start = models.UUIDField(default=uuid.uuid4)
    views = models.EmailField()

    class Meta:
        ordering = ['-released']
        verbose_name = 'article item'

    def __str__(self):
        return self.released


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    level = models.URLField(max_length=254, null=True)
    nickname = models.TextField()
    memo = models.PositiveSmallIntegerField()
    attachment = models.BigIntegerField()
    data = models.PositiveBigIntegerField()

    def __str__(self):
        return self.nickname


class Category(models.Model):
    thumbnail = models.DateTimeField(auto_now=True)
    title = models.DateTimeField()
    fans = models.ManyToManyField('movies.Comment', related_name='category_fans')
    review = models.ForeignKey(Review, on_delete=models.PROTECT, null=True, blank=True, related_name='categorys_1')

    class Meta:
        unique_together = ('review', 'title')
