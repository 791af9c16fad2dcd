from django.conf import settings
from django.db import models


class Note(models.Model):
    content = models.DateField(verbose_name='content')
    summary = models.FileField(verbose_name='summary', upload_to='images/', blank=True)
    is_public = models.DateField()
    user = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='notes_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    owner = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='notes_2')

    class Meta:
        ordering = ['-summary']
        constraints = [
            models.UniqueConstraint(fields=['parent', 'user'], name='note_parent_user_uniq'),
        ]
        indexes = [
            models.Index(fields=['content', 'summary'], name='note_content_idx'),
        ]


class Profile(models.Model):
    position = models.IntegerField(default=0, blank=True)
    stock = models.BooleanField(default=False)
    title = models.PositiveIntegerField(default=0)
    length = models.IntegerField(default=0, db_index=True)

    class Meta:
        ordering = ['-length']
        unique_together = ('position', 'length')


class Event(models.Model):
    homepage = models.DurationField()
    thumbnail = models.ImageField(upload_to='images/')
    uid = models.TextField()
    note = models.OneToOneField('Note', on_delete=models.CASCADE, related_name='event_note_set')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='event_parent_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['uid', 'homepage'], name='event_uid_homepage_uniq'),
        ]
