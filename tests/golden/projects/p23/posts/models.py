from django.contrib.auth import get_user_model
from django.db import models


class Movie(models.Model):
    email = models.EmailField(max_length=300, null=True, blank=True, unique=True, db_column='email_col')
    name = models.BigIntegerField()
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='movies_0')
    owner = models.ForeignKey('articles.Category', on_delete=models.PROTECT, related_name='movie_owner_set')


class Question(models.Model):
    position = models.PositiveSmallIntegerField(null=True, db_index=True)
    summary = models.ImageField(upload_to='uploads/%Y/%m/')
    opens = models.BigIntegerField(null=True)
    address = models.TimeField(blank=True, db_index=True)
    score = models.CharField(max_length=10)
    nickname = models.CharField(max_length=150)
    event = models.ForeignKey('events.Event', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='questions_0')
    writer = models.ForeignKey('articles.Album', on_delete=models.DO_NOTHING, related_name='questions_1')
    group = models.OneToOneField('auth.Group', on_delete=models.SET_NULL, null=True, related_name='questions_2')

    class Meta:
        unique_together = [['group', 'event']]
        indexes = [models.Index(fields=['summary', 'opens'])]
