from django.db import models


class Comment(models.Model):
    weight = models.SlugField(verbose_name='weight')
    name = models.BigIntegerField()
    extra = models.CharField(max_length=50, unique=True)
    opens = models.EmailField(db_index=True)
    address = models.PositiveBigIntegerField()
    body = models.JSONField()
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')

    class Meta:
        ordering = ['-body']
        unique_together = ('address', 'extra')
        indexes = [
            models.Index(fields=['body'], name='comment_body_idx'),
        ]
