from django.contrib.auth.models import User
from django.db import models


class Movie(models.Model):
    uid = models.SlugField(max_length=80)
    homepage = models.CharField(max_length=50, blank=True)
    products = models.ManyToManyField('movies.Product', related_name='movie_products', blank=True)
    owner = models.ForeignKey('community.Profile', on_delete=models.CASCADE, related_name='movies_1')

    class Meta:
        ordering = ['-homepage']
        verbose_name = 'movie item'
        indexes = [
            models.Index(fields=['uid'], name='movie_uid_idx'),
        ]


class Photo(models.Model):
    slug = models.TimeField(db_index=True)
    created_at = models.CharField(max_length=200, null=True, db_index=True)
    rating = models.ImageField(upload_to='files/', db_column='rating_col')
    rank = models.TextField(null=True, blank=True)
    published = models.PositiveIntegerField(blank=True)
    price = models.CharField(max_length=10)
    user = models.OneToOneField(User, on_delete=models.DO_NOTHING, related_name='photo_user_set')

    def __str__(self):
        return f'{self.pk}: {self.rank}'


class Category(models.Model):
    position = models.BigIntegerField('position', null=True)
    extra = models.SlugField('extra', max_length=80)
    opens = models.IntegerField(null=True, db_column='opens_col')

    class Meta:
        verbose_name = 'category item'
