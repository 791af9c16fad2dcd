from django.conf import settings
from django.db import models


class Todo(models.Model):
    published = models.CharField(max_length=50, choices=[('a', 'A'), ('b', 'B')], unique=True)
    stock = models.FileField(upload_to='files/', null=True)

    class Meta:
        ordering = ['-published']
        verbose_name = 'todo item'
        indexes = [
            models.Index(fields=['stock', 'published'], name='todo_stock_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.published}'


class Album(models.Model):
    published = models.SlugField(db_column='published_col')
    status = models.PositiveIntegerField(verbose_name='status', default=0)
    todo = models.OneToOneField('Todo', on_delete=models.CASCADE, related_name='albums_0')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='albums_1')
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='album_user_ref_set')


class Tag(models.Model):
    data = models.IntegerField(null=True, blank=True)
    address = models.FloatField()
    memo = models.BigIntegerField(null=True, db_index=True)
    attachment = models.BooleanField(default=True)
    extra = models.FileField(upload_to='files/', null=True)
    position = models.UUIDField()
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='tag_users')

    class Meta:
        ordering = ['-data']
