from django.conf import settings
from django.db import models


class Movie(models.Model):
    points = models.SmallIntegerField()
    slug = models.EmailField(db_column='slug_col')
    address = models.TextField()
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name='movies_0')
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='movie_writer_set')

    def __str__(self):
        return f'{self.pk}: {self.slug}'


class Genre(models.Model):
    uid = models.TextField(null=True, blank=True)
    price = models.FileField(upload_to='images/')
    address = models.CharField(max_length=20, db_column='address_col')
    extra = models.BooleanField('extra', default=True)
    users = models.ManyToManyField('accounts.User', related_name='genre_users')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genres_1')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, related_name='genres_2')

    class Meta:
        db_table = 'events_genres'
        verbose_name = 'genre item'
        unique_together = ('uid', 'price')
        indexes = [models.Index(fields=['address'])]
