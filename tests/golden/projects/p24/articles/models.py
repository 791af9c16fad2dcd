from django.conf import settings
from django.db import models


class Song(models.Model):
    name = models.BooleanField(default=False)
    address = models.IntegerField(blank=True, unique=True)
    attachment = models.DurationField(db_index=True)
    points = models.UUIDField('points')
    done = models.FloatField(blank=True)
    user = models.OneToOneField('accounts.User', on_delete=models.CASCADE, related_name='song_user_set')

    class Meta:
        verbose_name = 'song item'


class Choice(models.Model):
    price = models.EmailField('price')
    thumbnail = models.PositiveIntegerField(default=0)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='choice_users', blank=True)
    parent = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='choices_1')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['thumbnail', 'parent'], name='choice_thumbnail_parent_uniq'),
        ]
        indexes = [models.Index(fields=['parent'])]


class Product(models.Model):
    weight = models.ImageField(upload_to='images/')
    position = models.PositiveBigIntegerField(db_index=True)
    views = models.TimeField(null=True, blank=True)
    points = models.PositiveBigIntegerField()
    address = models.BigIntegerField('address', null=True)
    name = models.JSONField('name', default=dict)
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='products_0')
    parent = models.ForeignKey(Choice, on_delete=models.DO_NOTHING, related_name='products_1')

    class Meta:
        unique_together = [['points', 'weight']]
        indexes = [models.Index(fields=['writer', 'position'])]
