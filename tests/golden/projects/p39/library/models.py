import uuid

from django.db import models


class Event(models.Model):
    is_public = models.DateField()
    published = models.ImageField(verbose_name='published', upload_to='images/', blank=True)
    code = models.DurationField(blank=True)
    user_ref = models.ForeignKey('accounts.User', on_delete=models.PROTECT, related_name='events_0', db_index=False)
    like_choices = models.ManyToManyField('articles.Choice', related_name='event_like_choices')

    class Meta:
        ordering = ['-user_ref']


class Review(models.Model):
    updated_at = models.PositiveSmallIntegerField()
    status = models.JSONField(blank=True)
    weight = models.SmallIntegerField(db_column='weight_col')
    views = models.UUIDField(default=uuid.uuid4)
    level = models.UUIDField(default=uuid.uuid4, db_column='level_col')
    rating = models.SmallIntegerField(db_index=True)
    user = models.OneToOneField('accounts.User', on_delete=models.SET_NULL, null=True, related_name='review_user_set')
