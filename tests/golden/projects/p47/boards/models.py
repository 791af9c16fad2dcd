from django.db import models


class Choice(models.Model):
    updated_at = models.JSONField()
    is_public = models.PositiveIntegerField()
    slug = models.EmailField(max_length=300, unique=True)
    count = models.DurationField(db_column='count_col')
    level = models.EmailField(max_length=100)
    nickname = models.ImageField(upload_to='uploads/%Y/%m/')

    class Meta:
        ordering = ['-nickname']

    def __str__(self):
        return self.slug


class Question(models.Model):
    status = models.TimeField(null=True)
    homepage = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')], blank=True)
    thumbnail = models.JSONField(null=True)

    class Meta:
        ordering = ['-status']


class Movie(models.Model):
    summary = models.PositiveSmallIntegerField(db_column='summary_col')
    weight = models.BooleanField(default=True)
    extra = models.TimeField(verbose_name='extra', null=True, blank=True)
    opens = models.DurationField()
    uid = models.BigIntegerField()
    level = models.DateField()

    class Meta:
        verbose_name = 'movie item'
        unique_together = [['level', 'summary']]
        indexes = [
            models.Index(fields=['summary', 'uid'], name='movie_summary_idx'),
        ]
