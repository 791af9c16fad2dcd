import uuid

from django.db import models


class Choice(models.Model):
    is_public = models.ImageField(upload_to='files/')
    memo = models.SmallIntegerField(null=True)
    opens = models.PositiveIntegerField(blank=True)
    book = models.ForeignKey('todos.Book', on_delete=models.CASCADE, related_name='choices_0')
    users = models.ManyToManyField('auth.User', related_name='choice_users', blank=True)
    parent = models.ForeignKey('todos.Order', on_delete=models.SET_NULL, null=True, blank=True, related_name='choices_2', db_index=False)


class Question(models.Model):
    level = models.DurationField()
    email = models.PositiveIntegerField(default=0, blank=True)
    slug = models.UUIDField(default=uuid.uuid4)
    price = models.CharField(max_length=150, db_column='price_col')
    attachment = models.DateTimeField()

    class Meta:
        unique_together = ('attachment', 'slug')
        constraints = [
            models.UniqueConstraint(fields=['email', 'level'], name='question_email_level_uniq'),
        ]
        indexes = [
            models.Index(fields=['price', 'slug'], name='question_price_idx'),
        ]
