from django.db import models


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    start = models.DurationField(null=True)
    birthday = models.FileField(upload_to='files/', null=True, blank=True, db_column='birthday_col')
    views = models.TimeField(null=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True, blank=True)

    class Meta:
        ordering = ['-start']
        verbose_name = 'review item'
        constraints = [
            models.UniqueConstraint(fields=['birthday', 'parent'], name='review_birthday_parent_uniq'),
        ]
        indexes = [
            models.Index(fields=['views', 'start'], name='review_views_idx'),
        ]


class Book(models.Model):
    start = models.SmallIntegerField(verbose_name='start', default=0)
    summary = models.URLField()
    updated_at = models.CharField(verbose_name='updated_at', max_length=100)
    weight = models.BooleanField(verbose_name='weight', default=True)
    homepage = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    fans = models.ManyToManyField('Review', related_name='book_fans', blank=True)

    class Meta:
        ordering = ['-weight']
        constraints = [
            models.UniqueConstraint(fields=['summary', 'updated_at'], name='book_summary_updated_at_uniq'),
        ]


class Todo(models.Model):
    thumbnail = models.DateField(auto_now_add=True, null=True)
    updated_at = models.PositiveSmallIntegerField(blank=True)

    class Meta:
        ordering = ['-updated_at']
        indexes = [
            models.Index(fields=['thumbnail', 'updated_at'], name='todo_thumbnail_idx'),
        ]
