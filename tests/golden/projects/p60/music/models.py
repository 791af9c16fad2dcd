from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Album(models.Model):
    updated_at = models.CharField(max_length=50, blank=True)
    count = models.CharField(max_length=200, null=True)
    is_public = models.PositiveIntegerField('is public', default=0, null=True)
    created_at = models.IntegerField()
    rating = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    title = models.BooleanField(default=True)
    user_ref = models.ForeignKey(UserModel, on_delete=models.PROTECT, related_name='album_user_ref_set')
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')

    class Meta:
        indexes = [models.Index(fields=['updated_at', 'is_public'])]


class Event(models.Model):
    points = models.FileField(upload_to='images/')
    views = models.PositiveIntegerField(null=True, db_column='views_col')
    summary = models.BooleanField(default=False)
    slug = models.DurationField()
    thumbnail = models.TextField(null=True, blank=True)
    start = models.IntegerField(default=0, db_index=True)
    parent = models.ForeignKey('auth.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_0', db_column='parent_key')
    friends = models.ManyToManyField('self')
    owner = models.ForeignKey('Album', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='events_2')

    class Meta:
        db_table = 'music_events'

    def __str__(self):
        return f'{self.pk}: {self.thumbnail}'
