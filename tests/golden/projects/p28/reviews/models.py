from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Question(models.Model):
    thumbnail = models.FileField(upload_to='uploads/%Y/%m/')
    extra = models.BigIntegerField()
    updated_at = models.UUIDField()
    opens = models.DecimalField(max_digits=8, decimal_places=3, null=True)
    code = models.DecimalField(max_digits=10, decimal_places=2)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='questions_0')

    class Meta:
        ordering = ['-updated_at']


class Todo(models.Model):
    start = models.EmailField()
    price = models.PositiveIntegerField()
    is_public = models.PositiveIntegerField()
    question_ref = models.ForeignKey(Question, on_delete=models.CASCADE, related_name='todo_question_ref_set')
    writer = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='todo_writer_set', db_index=False)
    user = models.OneToOneField(get_user_model(), on_delete=models.DO_NOTHING, related_name='todo_user_set')


class Event(models.Model):
    weight = models.DurationField(blank=True)
    start = models.FloatField()
    position = models.ImageField(upload_to='uploads/%Y/%m/', null=True)
    user_ref = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='event_user_ref_set')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='events_1', db_index=False)
    owner = models.ForeignKey(Question, on_delete=models.DO_NOTHING, null=True, related_name='event_owner_set')
