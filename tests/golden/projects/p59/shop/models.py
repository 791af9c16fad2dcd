from django.db import models


class Comment(models.Model):
    done = models.TimeField(blank=True)
    data = models.DateField(auto_now_add=True, blank=True)
    stock = models.DurationField(null=True)
    position = models.DateTimeField(auto_now_add=True, blank=True)


class Category(models.Model):
    done = models.BooleanField(default=False, blank=True)
    position = models.CharField(max_length=10)
    start = models.DurationField(verbose_name='start', db_column='start_col')
    content = models.JSONField()
    birthday = models.UUIDField(null=True, unique=True)
    published = models.DateField(blank=True)

    class Meta:
        indexes = [models.Index(fields=['position'])]
