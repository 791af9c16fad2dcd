import uuid

from django.db import models


class Profile(models.Model):
    price = models.JSONField(default=dict, null=True)
    points = models.UUIDField(default=uuid.uuid4, blank=True)
    count = models.TimeField(verbose_name='count')
    released = models.PositiveSmallIntegerField()
    members = models.ManyToManyField('boards.Order', related_name='profile_members')

    class Meta:
        unique_together = ('count', 'points')
        constraints = [
            models.UniqueConstraint(fields=['price', 'released'], name='profile_price_released_uniq'),
        ]


class Note(models.Model):
    code = models.TextField(blank=True)
    homepage = models.FileField(upload_to='uploads/%Y/%m/')
    choice = models.OneToOneField('boards.Choice', on_delete=models.SET_NULL, null=True, blank=True, related_name='notes_0')
    profile = models.OneToOneField(Profile, on_delete=models.SET_NULL, null=True, related_name='notes_1')
    writer = models.ForeignKey('Profile', on_delete=models.DO_NOTHING, related_name='note_writer_set')

    class Meta:
        unique_together = [['profile', 'choice']]

    def __str__(self):
        return self.code
