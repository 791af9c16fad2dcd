from django.conf import settings
from django.db import models


class Profile(models.Model):
    data = models.ImageField(upload_to='images/')
    created_at = models.DurationField(null=True)
    name = models.JSONField(default=dict)
    updated_at = models.IntegerField(unique=True)
    score = models.JSONField()
    level = models.TimeField()
    comment = models.OneToOneField('movies.Comment', on_delete=models.PROTECT, related_name='profile_comment_set')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='profile_user_set')
    writer = models.ForeignKey('articles.Album', on_delete=models.PROTECT)

    class Meta:
        db_table = 'music_profiles'
        verbose_name = 'profile item'
        constraints = [
            models.UniqueConstraint(fields=['level', 'comment'], name='profile_level_comment_uniq'),
        ]
