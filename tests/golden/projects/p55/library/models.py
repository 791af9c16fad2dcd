from django.conf import settings
from django.db import models


class Tag(models.Model):
    id = models.AutoField(primary_key=True)
    uid = models.SlugField('uid', blank=True)
    image = models.EmailField(unique=True, db_column='image_col')
    stock = models.TimeField(blank=True)
    summary = models.DurationField()
    todo = models.OneToOneField('boards.Todo', on_delete=models.SET_NULL, null=True, blank=True)
    like_todos = models.ManyToManyField('boards.Todo', related_name='tag_like_todos', blank=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='tag_members')

    class Meta:
        verbose_name = 'tag item'

    def __str__(self):
        return f'{self.pk}: {self.image}'
