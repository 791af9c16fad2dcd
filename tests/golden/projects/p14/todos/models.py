from django.db import models


class Todo(models.Model):
    published = models.CharField(max_length=50, choices=[('a', 'A'), ('b', 'B')], db_index=True)
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
    parent = models.ForeignKey('users.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_1')
    like_todos = models.ManyToManyField(Todo, related_name='album_like_todos')

    class Meta:
        unique_together = [['todo', 'published']]


class Tag(models.Model):
    address = models.IntegerField(null=True, blank=True)
    memo = models.FloatField()
    attachment = models.BigIntegerField(null=True, db_index=True)
    position = models.BooleanField(default=True)

    class Meta:
        ordering = ['-attachment']
        unique_together = ('memo', 'attachment')
