from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    score = models.CharField(max_length=50, choices=[('a', 'A'), ('b', 'B')], unique=True)
    birthday = models.TimeField(null=True)
    rank = models.DateTimeField()
    done = models.BigIntegerField(null=True)
    position = models.UUIDField()
    owner = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='review_owner_set')
    related = models.ManyToManyField('self', blank=True)

    class Meta:
        unique_together = [['score', 'done']]
        indexes = [models.Index(fields=['done'])]


class Todo(models.Model):
    id = models.AutoField(primary_key=True)
    nickname = models.TimeField(db_column='nickname_col')
    status = models.IntegerField(null=True)
    released = models.EmailField(max_length=100)
    writer = models.ForeignKey('events.Comment', on_delete=models.DO_NOTHING, related_name='todos_0', db_index=False)
    users = models.ManyToManyField('users.User', related_name='todo_users')

    class Meta:
        unique_together = ('released', 'nickname')


class Note(models.Model):
    id = models.BigAutoField(primary_key=True)
    created_at = models.FileField(upload_to='images/', blank=True, db_column='created_at_col')
    nickname = models.JSONField('nickname', default=dict)
    parent = models.ForeignKey('events.Comment', on_delete=models.PROTECT, related_name='notes_0', db_column='parent_key')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='note_user_set')

    class Meta:
        verbose_name = 'note item'
