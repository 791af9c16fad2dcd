from django.db import models


class Comment(models.Model):
    views = models.DateTimeField('views', auto_now_add=True, db_index=True)
    memo = models.PositiveIntegerField(default=0)
    extra = models.URLField()
    writer = models.ForeignKey('shop.Todo', on_delete=models.CASCADE, null=True, blank=True, related_name='comments_0', db_column='writer_key')

    class Meta:
        ordering = ['-memo']
        indexes = [models.Index(fields=['writer', 'views'])]
