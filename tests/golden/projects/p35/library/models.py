from django.db import models


class Todo(models.Model):
    weight = models.EmailField(db_column='weight_col')
    status = models.BooleanField(verbose_name='status', default=True)

    class Meta:
        unique_together = ('status', 'weight')


class Event(models.Model):
    image = models.PositiveBigIntegerField()
    email = models.DateField(null=True, db_column='email_col')
    published = models.DecimalField(verbose_name='published', max_digits=10, decimal_places=3)

    class Meta:
        db_table = 'library_events'


class Board(models.Model):
    published = models.JSONField(default=dict, null=True, blank=True)
    level = models.FileField(upload_to='files/', null=True)
    done = models.ImageField(upload_to='files/')
    like_orders = models.ManyToManyField('todos.Order', related_name='board_like_orders', blank=True)
    parent = models.ForeignKey('todos.Order', on_delete=models.PROTECT)

    class Meta:
        verbose_name = 'board item'
        unique_together = ('level', 'parent')
        indexes = [models.Index(fields=['parent'])]
