from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Photo(models.Model):
    created_at = models.BooleanField(default=False, blank=True)
    count = models.FloatField('count')
    slug = models.ImageField(upload_to='images/')
    owner = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='photo_owner_set')
    parent = models.ForeignKey('reviews.Article', on_delete=models.PROTECT, related_name='photo_parent_set')
    friends = models.ManyToManyField('self')

    class Meta:
        verbose_name = 'photo item'
