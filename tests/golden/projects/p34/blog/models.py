from django.conf import settings
from django.db import models


class Article(models.Model):
    id = models.BigAutoField(primary_key=True)
    opens = models.DateField()
    updated_at = models.FileField(upload_to='files/', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='articles_0')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['opens', 'parent'], name='article_opens_idx'),
        ]


class Album(models.Model):
    opens = models.PositiveBigIntegerField(blank=True)
    published = models.TextField(blank=True, db_column='published_col')
    level = models.IntegerField(default=0)
    body = models.DecimalField(max_digits=5, decimal_places=2)
    released = models.DurationField(blank=True)
    views = models.BooleanField(default=False)
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True, db_column='parent_key', db_index=False)

    class Meta:
        ordering = ['-parent']
        verbose_name = 'album item'
