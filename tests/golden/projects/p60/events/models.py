from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models

UserModel = get_user_model()


class Profile(models.Model):
    address = models.DateTimeField()
    rank = models.TimeField('rank', null=True)
    owner = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='profile_owner_set')

    class Meta:
        indexes = [models.Index(fields=['address', 'owner'])]


class Question(models.Model):
    id = models.AutoField(primary_key=True)
    created_at = models.FileField(upload_to='uploads/%Y/%m/', null=True, blank=True)
    is_public = models.TextField('is public', blank=True)
    birthday = models.DurationField()
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name='questions_0')

    class Meta:
        ordering = ['-created_at']
