from django.db import models


class Todo(models.Model):
    email = models.URLField(max_length=300)
    uid = models.DurationField(verbose_name='uid', blank=True)
    birthday = models.FloatField()
    data = models.SmallIntegerField(default=0, blank=True, db_column='data_col')
    note = models.OneToOneField('community.Note', on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['note', 'email'], name='todo_note_email_uniq'),
        ]


class Album(models.Model):
    updated_at = models.BooleanField(default=False, blank=True)
    length = models.SlugField(max_length=80, unique=True, db_column='length_col')
    content = models.BigIntegerField(db_column='content_col')
    weight = models.DateField(verbose_name='weight')
    comment = models.ForeignKey('movies.Comment', on_delete=models.SET_DEFAULT, null=True, default=None)
    user = models.ForeignKey('auth.User', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='albums_1')
