import uuid

from django.db import models


class Review(models.Model):
    nickname = models.SmallIntegerField(default=0)
    extra = models.TimeField()
    done = models.PositiveBigIntegerField(db_index=True)
    updated_at = models.URLField(max_length=254, null=True)
    start = models.FloatField()
    level = models.UUIDField(default=uuid.uuid4, null=True)


class Song(models.Model):
    email = models.URLField(max_length=300)
    uid = models.DurationField(verbose_name='uid', blank=True)
    birthday = models.FloatField()
    data = models.SmallIntegerField(default=0, blank=True, db_column='data_col')
    note = models.OneToOneField('community.Note', on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['note', 'email'], name='song_note_email_uniq'),
        ]
