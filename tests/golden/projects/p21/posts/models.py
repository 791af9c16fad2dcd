from django.conf import settings
from django.db import models


class Question(models.Model):
    released = models.DecimalField(max_digits=10, decimal_places=3)
    body = models.DecimalField(max_digits=8, decimal_places=2)
    stock = models.ImageField(upload_to='uploads/%Y/%m/')
    views = models.PositiveSmallIntegerField()
    writer = models.ForeignKey('music.Event', on_delete=models.SET_NULL, null=True, blank=True, related_name='question_writer_set', db_index=False)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='question_user_ref_set')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='questions_2', db_column='user_key')

    class Meta:
        ordering = ['-body']
        verbose_name = 'question item'
        indexes = [
            models.Index(fields=['user_ref'], name='question_user_ref_idx'),
        ]


class Profile(models.Model):
    created_at = models.DecimalField('created at', max_digits=10, decimal_places=3)
    nickname = models.URLField(blank=True)
    writer = models.ForeignKey('music.Event', on_delete=models.PROTECT, related_name='profiles_0')

    class Meta:
        unique_together = [['created_at', 'writer']]
