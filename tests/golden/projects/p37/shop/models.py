from django.db import models


class Book(models.Model):
    weight = models.PositiveSmallIntegerField()
    body = models.PositiveIntegerField(default=0)
    content = models.UUIDField()
    birthday = models.IntegerField(default=0)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING)
    event = models.OneToOneField('todos.Event', on_delete=models.CASCADE, related_name='book_event_set')
    event_ref = models.ForeignKey('todos.Event', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ['-event_ref']
        constraints = [
            models.UniqueConstraint(fields=['weight', 'birthday'], name='book_weight_birthday_uniq'),
        ]
