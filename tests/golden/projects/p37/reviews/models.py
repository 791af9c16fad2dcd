from django.db import models


class Event(models.Model):
    body = models.EmailField(null=True, db_index=True)
    position = models.BooleanField(default=False)
    published = models.DateTimeField(verbose_name='published')
    owner = models.ForeignKey('todos.Book', on_delete=models.PROTECT, related_name='events_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-parent']
        verbose_name = 'event item'
        constraints = [
            models.UniqueConstraint(fields=['parent', 'body'], name='event_parent_body_uniq'),
        ]
        indexes = [models.Index(fields=['parent'])]
