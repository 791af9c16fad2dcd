from django.conf import settings
from django.db import models


class Choice(models.Model):
    summary = models.CharField(max_length=50)
    status = models.IntegerField(unique=True)
    parent = models.ForeignKey('events.Song', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='choices_0')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='choice_user_set')

    class Meta:
        db_table = 'articles_choices'
