from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Movie(models.Model):
    count = models.BigIntegerField()
    rating = models.TextField(db_column='rating_col')
    opens = models.DateTimeField(auto_now=True, blank=True, db_index=True)
    title = models.JSONField()
    weight = models.TimeField()

    class Meta:
        ordering = ['-title']
        db_table = 'events_movies'
        unique_together = ('rating', 'title')
        indexes = [
            models.Index(fields=['rating', 'title'], name='movie_rating_idx'),
        ]


class Photo(models.Model):
    uid = models.SlugField(max_length=80)
    homepage = models.CharField(max_length=50, blank=True)
    fans = models.ManyToManyField('movies.Album', related_name='photo_fans')
    owner = models.ForeignKey('Movie', on_delete=models.CASCADE, related_name='photo_owner_set', db_column='owner_key')
    user_ref = models.ForeignKey(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='photo_user_ref_set')

    class Meta:
        ordering = ['-owner']
        verbose_name = 'photo item'
        indexes = [
            models.Index(fields=['uid'], name='photo_uid_idx'),
        ]


class Category(models.Model):
    slug = models.TimeField(db_index=True)
    created_at = models.CharField(max_length=200, null=True, db_index=True)
    rating = models.ImageField(upload_to='files/', db_column='rating_col')
    rank = models.TextField(null=True, blank=True)
    published = models.PositiveIntegerField(blank=True)
    price = models.CharField(max_length=10)
    owner = models.ForeignKey('movies.Album', on_delete=models.CASCADE, related_name='categorys_0')

    def __str__(self):
        return f'{self.pk}: {self.rank}'
