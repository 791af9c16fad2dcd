from django.conf import settings
from django.db import models


class Post(models.Model):
    image = models.DateField('image', db_column='image_col')
    code = models.DurationField('code')
    memo = models.CharField(max_length=200, default='')
    todo = models.OneToOneField('movies.Todo', on_delete=models.SET_NULL, null=True, blank=True, related_name='post_todo_set')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='posts_1')

    class Meta:
        db_table = 'events_posts'
        verbose_name = 'post item'
        indexes = [models.Index(fields=['todo', 'code'])]
