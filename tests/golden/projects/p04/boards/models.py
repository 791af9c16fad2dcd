from django.conf import settings
from django.db import models


class Album(models.Model):
    thumbnail = models.PositiveIntegerField('thumbnail', blank=True)
    length = models.DateField()
    published = models.SmallIntegerField(null=True)
    data = models.JSONField('data')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='album_user_set')


class Category(models.Model):
    id = models.AutoField(primary_key=True)
    level = models.EmailField()
    birthday = models.EmailField(blank=True)
    name = models.PositiveSmallIntegerField(null=True, db_index=True)
    body = models.DateField(auto_now_add=True, blank=True)
    address = models.DecimalField(max_digits=10, decimal_places=3)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['address', 'level'], name='category_address_level_uniq'),
        ]

    def __str__(self):
        return self.level
