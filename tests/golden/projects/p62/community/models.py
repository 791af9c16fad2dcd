import uuid

from django.db import models


class Todo(models.Model):
    views = models.PositiveIntegerField(verbose_name='views', default=0)
    title = models.BooleanField(default=True)
    summary = models.ImageField(upload_to='uploads/%Y/%m/')
    data = models.TimeField()
    category_ref = models.ForeignKey('events.Category', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='todos_0')
    fans = models.ManyToManyField('movies.Product', related_name='todo_fans')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ['-title']
        constraints = [
            models.UniqueConstraint(fields=['data', 'parent'], name='todo_data_parent_uniq'),
        ]


class Profile(models.Model):
    opens = models.CharField(max_length=10, choices=[('a', 'A'), ('b', 'B')], null=True, db_column='opens_col')
    summary = models.DateField(blank=True, db_index=True)
    rank = models.URLField(blank=True)
    price = models.JSONField(null=True)
    code = models.DurationField(blank=True)
    level = models.PositiveBigIntegerField()

    def __str__(self):
        return self.opens


class Author(models.Model):
    name = models.DateTimeField(auto_now=True, db_column='name_col')
    uid = models.UUIDField(default=uuid.uuid4, null=True, blank=True)
    score = models.ImageField('score', upload_to='images/')
    memo = models.UUIDField('memo', default=uuid.uuid4)
    content = models.BigIntegerField()
    released = models.URLField(max_length=100, null=True, blank=True, db_column='released_col')
    parent = models.ForeignKey('events.Photo', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='authors_0')

    class Meta:
        unique_together = ('memo', 'name')
