from django.conf import settings
from django.db import models


class Review(models.Model):
    title = models.IntegerField()
    rating = models.CharField(max_length=10, choices=[('a', 'A'), ('b', 'B')], blank=True)
    birthday = models.SmallIntegerField(default=0)
    published = models.SmallIntegerField(default=0)
    start = models.SlugField()
    thumbnail = models.ImageField('thumbnail', upload_to='files/', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='review_user_ref_set')
    writer = models.ForeignKey('users.User', on_delete=models.DO_NOTHING, null=True, related_name='review_writer_set')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-thumbnail']


class Book(models.Model):
    id = models.BigAutoField(primary_key=True)
    body = models.JSONField(default=dict)
    memo = models.DecimalField(max_digits=5, decimal_places=3, blank=True)
    summary = models.SlugField(max_length=80, null=True, db_index=True)
    stock = models.IntegerField(verbose_name='stock')
    is_public = models.SlugField(null=True)
    code = models.PositiveSmallIntegerField(null=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='book_writer_set')

    class Meta:
        ordering = ['-body']
        unique_together = ('is_public', 'summary')
        indexes = [
            models.Index(fields=['memo', 'summary'], name='book_memo_idx'),
        ]

    def __str__(self):
        return self.summary


class Todo(models.Model):
    content = models.DateTimeField(blank=True)
    homepage = models.PositiveSmallIntegerField(null=True, blank=True)
    rating = models.PositiveBigIntegerField()
    writer = models.ForeignKey(Review, on_delete=models.PROTECT, related_name='todo_writer_set')
