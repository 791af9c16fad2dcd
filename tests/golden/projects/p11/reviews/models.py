from django.db import models


class Movie(models.Model):
    extra = models.ImageField(upload_to='files/')
    data = models.DateField()
    created_at = models.DateField(auto_now_add=True)
    is_public = models.URLField(db_index=True)
    members = models.ManyToManyField('auth.User', related_name='movie_members')
    owner = models.ForeignKey('movies.Note', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='movies_1')
