from django.conf import settings
from django.db import models


class Photo(models.Model):
    homepage = models.BooleanField(default=True, blank=True)
    opens = models.URLField(max_length=254, blank=True)
    data = models.SmallIntegerField()
    level = models.ImageField(upload_to='files/', blank=True)
    content = models.URLField()
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='photos_0')
    like_todos = models.ManyToManyField('boards.Todo', related_name='photo_like_todos', blank=True)

    class Meta:
        unique_together = [['opens', 'user']]
