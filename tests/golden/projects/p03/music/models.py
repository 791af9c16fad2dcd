import uuid

from django.db import models


class Post(models.Model):
    level = models.BooleanField(default=False)
    image = models.JSONField(default=dict)
    name = models.PositiveIntegerField(default=0, null=True, blank=True)

    class Meta:
        db_table = 'music_posts'


class Author(models.Model):
    code = models.DateTimeField(auto_now=True, null=True)
    views = models.UUIDField(default=uuid.uuid4)
    memo = models.SmallIntegerField(db_index=True)
    email = models.DateField(blank=True)
    status = models.IntegerField()
    related = models.ManyToManyField('self')

    class Meta:
        ordering = ['-views']


class Review(models.Model):
    id = models.AutoField(primary_key=True)
    homepage = models.TimeField(null=True)
    birthday = models.DateTimeField()
    start = models.ImageField(upload_to='images/', null=True, blank=True)
    rating = models.JSONField(default=dict)
    friends = models.ManyToManyField('self')
    movies = models.ManyToManyField('articles.Movie', related_name='review_movies')
    parent = models.ForeignKey('articles.Album', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='review_parent_set')

    class Meta:
        ordering = ['-start']
        unique_together = [['homepage', 'start']]
