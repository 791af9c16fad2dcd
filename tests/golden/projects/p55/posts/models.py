import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Board(models.Model):
    views = models.TextField()
    created_at = models.DecimalField(max_digits=5, decimal_places=3)
    level = models.PositiveIntegerField(default=0)
    body = models.SmallIntegerField(default=0, db_index=True)
    price = models.TextField()

    class Meta:
        ordering = ['-views']
        db_table = 'posts_boards'


class Note(models.Model):
    email = models.PositiveBigIntegerField(verbose_name='email')
    status = models.PositiveBigIntegerField()
    address = models.BooleanField(default=False, blank=True)
    content = models.FileField(verbose_name='content', upload_to='images/')
    attachment = models.UUIDField()
    length = models.UUIDField(default=uuid.uuid4, null=True, blank=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='note_fans', blank=True)
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='note_user_ref_set')


class Question(models.Model):
    address = models.EmailField(max_length=100, null=True)
    weight = models.SmallIntegerField(blank=True)
    level = models.SlugField(max_length=80)
    thumbnail = models.DateTimeField()
    created_at = models.DurationField(verbose_name='created_at')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='question_user_ref_set')
    like_notes = models.ManyToManyField(Note, related_name='question_like_notes')
    board = models.ForeignKey('Board', on_delete=models.SET_NULL, null=True, blank=True, related_name='questions_2')

    class Meta:
        db_table = 'posts_questions'
        unique_together = [['thumbnail', 'level']]
        indexes = [models.Index(fields=['weight', 'level'])]
