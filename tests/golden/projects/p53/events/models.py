from django.conf import settings
from django.db import models


class Profile(models.Model):
    id = models.BigAutoField(primary_key=True)
    homepage = models.SmallIntegerField(default=0)
    released = models.CharField(max_length=50, null=True)
    nickname = models.DurationField(db_index=True)
    views = models.SmallIntegerField(default=0)
    owner = models.ForeignKey('auth.User', on_delete=models.CASCADE, related_name='profile_owner_set')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='profiles_1')

    class Meta:
        ordering = ['-released']
        unique_together = [['views', 'writer']]


class Question(models.Model):
    rank = models.JSONField()
    stock = models.TimeField(blank=True)
    summary = models.FileField(upload_to='images/', blank=True)
    parent = models.ForeignKey('Profile', on_delete=models.CASCADE, related_name='questions_0', db_index=False)
    profile_ref = models.ForeignKey(Profile, on_delete=models.DO_NOTHING, related_name='questions_1', db_column='profile_ref_key')

    class Meta:
        ordering = ['-stock']
        verbose_name = 'question item'
        unique_together = [['summary', 'parent']]
