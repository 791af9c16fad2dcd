from django.contrib.auth.models import User
from django.db import models


class Todo(models.Model):
    points = models.ImageField(upload_to='files/', blank=True)
    stock = models.PositiveSmallIntegerField()
    status = models.SlugField(max_length=80, blank=True)
    uid = models.EmailField()
    parent = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name='todos_0', db_column='parent_key')
    review = models.OneToOneField('todos.Review', on_delete=models.CASCADE, null=True, blank=True, related_name='todo_review_set')

    class Meta:
        ordering = ['-status']
        indexes = [models.Index(fields=['parent'])]

    def __str__(self):
        return f'{self.pk}: {self.uid}'
