from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Event(models.Model):
    opens = models.PositiveBigIntegerField(db_column='opens_col')
    homepage = models.CharField(max_length=50, db_column='homepage_col')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-homepage']
        verbose_name = 'event item'
        constraints = [
            models.UniqueConstraint(fields=['parent', 'homepage'], name='event_parent_homepage_uniq'),
        ]


class Review(models.Model):
    length = models.TimeField()
    points = models.SlugField(blank=True)
    code = models.URLField()
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='review_members')
    user_ref = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='reviews_1')
    song_ref = models.ForeignKey('articles.Song', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='review_song_ref_set')

    class Meta:
        verbose_name = 'review item'
        indexes = [models.Index(fields=['code'])]
