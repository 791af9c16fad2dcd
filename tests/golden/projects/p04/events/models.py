from django.db import models


class Choice(models.Model):
    price = models.URLField(verbose_name='price')
    opens = models.CharField(max_length=255, blank=True, db_index=True)
    nickname = models.PositiveSmallIntegerField(db_index=True)
    content = models.TextField(null=True)
    name = models.SmallIntegerField(db_index=True)
    image = models.PositiveSmallIntegerField(blank=True)

    class Meta:
        ordering = ['-price']
        indexes = [
            models.Index(fields=['content', 'nickname'], name='choice_content_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.content}'


class Book(models.Model):
    level = models.UUIDField()
    summary = models.FileField(verbose_name='summary', upload_to='files/')

    class Meta:
        ordering = ['-level']
        verbose_name = 'book item'
        constraints = [
            models.UniqueConstraint(fields=['level', 'summary'], name='book_level_summary_uniq'),
        ]
        indexes = [
            models.Index(fields=['summary'], name='book_summary_idx'),
        ]
