from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Event(models.Model):
    stock = models.PositiveIntegerField('stock')
    nickname = models.DateTimeField(auto_now=True)
    name = models.DecimalField(max_digits=8, decimal_places=3, null=True, blank=True)
    status = models.EmailField(null=True)
    thumbnail = models.FileField(verbose_name='thumbnail', upload_to='images/', null=True)
    views = models.BigIntegerField()
    user = models.OneToOneField(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_0')
    friends = models.ManyToManyField('self')

    class Meta:
        verbose_name = 'event item'


class Photo(models.Model):
    updated_at = models.DateTimeField()
    created_at = models.ImageField(upload_to='files/')
    name = models.SlugField(blank=True)
    rating = models.FloatField(blank=True)
    extra = models.PositiveBigIntegerField(verbose_name='extra', blank=True)
    data = models.PositiveSmallIntegerField(blank=True)

    class Meta:
        ordering = ['-extra']
        db_table = 'reviews_photos'


class Profile(models.Model):
    nickname = models.FileField(upload_to='images/')
    thumbnail = models.TextField(verbose_name='thumbnail')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='profiles_0', db_index=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='profile_owner_set')
    photos = models.ManyToManyField(Photo, related_name='profile_photos')

    class Meta:
        verbose_name = 'profile item'
        unique_together = [['nickname', 'user']]
        indexes = [models.Index(fields=['user'])]
