import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Profile(models.Model):
    attachment = models.PositiveBigIntegerField(null=True, blank=True)
    rank = models.DurationField('rank')
    updated_at = models.DecimalField(max_digits=10, decimal_places=0)
    nickname = models.UUIDField(default=uuid.uuid4)
    released = models.PositiveBigIntegerField()
    slug = models.PositiveIntegerField(default=0, blank=True)
    owner = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='profiles_0')
    event = models.OneToOneField('articles.Event', on_delete=models.DO_NOTHING, related_name='profile_event_set')
