import uuid

from django.db import models


class Choice(models.Model):
    opens = models.PositiveSmallIntegerField(db_index=True)
    updated_at = models.BooleanField(default=True)
    content = models.DecimalField('content', max_digits=10, decimal_places=2)
    level = models.BooleanField(default=True)
    thumbnail = models.DurationField()
    uid = models.IntegerField(default=0)

    class Meta:
        verbose_name = 'choice item'


class Book(models.Model):
    id = models.AutoField(primary_key=True)
    extra = models.EmailField(db_index=True)
    count = models.UUIDField(default=uuid.uuid4, db_index=True)
    rating = models.ImageField(upload_to='files/', null=True)
    released = models.PositiveBigIntegerField(null=True)
    memo = models.JSONField(default=dict)
    like_boards = models.ManyToManyField('library.Board', related_name='book_like_boards')
    owner = models.ForeignKey('library.Photo', on_delete=models.DO_NOTHING, related_name='books_1')
    writer = models.ForeignKey('library.Photo', on_delete=models.CASCADE, related_name='books_2', db_index=False)

    class Meta:
        ordering = ['-released']
        unique_together = [['memo', 'extra']]
        constraints = [
            models.UniqueConstraint(fields=['count', 'memo'], name='book_count_memo_uniq'),
        ]
        indexes = [
            models.Index(fields=['owner', 'rating'], name='book_owner_idx'),
        ]
