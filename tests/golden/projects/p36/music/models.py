from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Note(models.Model):
    content = models.PositiveIntegerField(default=0, blank=True)
    attachment = models.BigIntegerField(blank=True, db_index=True)
    memo = models.DecimalField(max_digits=5, decimal_places=2, blank=True, db_column='memo_col')
    status = models.FloatField(blank=True)
    albums = models.ManyToManyField('events.Album', related_name='note_albums', blank=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='notes_1')
    writer = models.ForeignKey(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='notes_2')

    class Meta:
        ordering = ['-user_ref']


class Todo(models.Model):
    score = models.PositiveBigIntegerField(null=True)
    email = models.TimeField(null=True)
    points = models.DateTimeField()
    status = models.BigIntegerField(null=True)
    orders = models.ManyToManyField('events.Order', related_name='todo_orders')

    class Meta:
        ordering = ['-email']
