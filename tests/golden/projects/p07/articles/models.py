from django.db import models


class Todo(models.Model):
    points = models.ImageField(upload_to='files/', blank=True)
    stock = models.PositiveSmallIntegerField()
    status = models.SlugField(max_length=80, blank=True)
    uid = models.EmailField()
    related = models.ManyToManyField('self', blank=True)
    fans = models.ManyToManyField('todos.Review', related_name='todo_fans', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['points', 'stock'], name='todo_points_stock_uniq'),
        ]

    def __str__(self):
        return self.uid
