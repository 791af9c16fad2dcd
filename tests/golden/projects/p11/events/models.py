from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models


class Book(models.Model):
    is_public = models.IntegerField(default=0)
    image = models.IntegerField(default=0, blank=True)
    length = models.JSONField(default=dict)
    start = models.SmallIntegerField()
    data = models.JSONField()
    fans = models.ManyToManyField('community.Review', related_name='book_fans')


class Profile(models.Model):
    id = models.BigAutoField(primary_key=True)
    thumbnail = models.PositiveIntegerField(verbose_name='thumbnail', null=True, blank=True)
    slug = models.PositiveSmallIntegerField()
    extra = models.DecimalField(max_digits=10, decimal_places=3, null=True)
    released = models.FileField('released', upload_to='uploads/%Y/%m/', null=True)
    uid = models.BooleanField(default=True, blank=True)
    attachment = models.FileField(upload_to='uploads/%Y/%m/')
    writer = models.ForeignKey(User, on_delete=models.CASCADE, related_name='profiles_0')
    category = models.ForeignKey('community.Category', on_delete=models.SET_NULL, null=True, related_name='profile_category_set', db_index=False)
    owner = models.ForeignKey('auth.User', on_delete=models.CASCADE, null=True, blank=True, related_name='profiles_2')

    class Meta:
        verbose_name = 'profile item'


class Song(models.Model):
    id = models.BigAutoField(primary_key=True)
    birthday = models.EmailField()
    updated_at = models.URLField(null=True, blank=True)
    created_at = models.DateField(auto_now_add=True)
    memo = models.CharField(max_length=255, choices=[('a', 'A'), ('b', 'B')], blank=True)
    user = models.OneToOneField(User, on_delete=models.SET_NULL, null=True, blank=True, related_name='songs_0')
    users = models.ManyToManyField(get_user_model(), related_name='song_users', blank=True)

    class Meta:
        verbose_name = 'song item'

    def __str__(self):
        return self.memo
