from django.db import models


class Article(models.Model):
    homepage = models.DurationField('homepage', db_column='homepage_col')
    updated_at = models.DecimalField(max_digits=10, decimal_places=2, db_column='updated_at_col')
    published = models.IntegerField(default=0, null=True)
    content = models.DurationField('content')
    email = models.UUIDField()
    uid = models.SmallIntegerField(default=0, blank=True)

    class Meta:
        ordering = ['-email']
        indexes = [models.Index(fields=['content', 'published'])]
