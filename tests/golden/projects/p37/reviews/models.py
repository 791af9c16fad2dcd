import uuid

from django.db import models


class Category(models.Model):
    opens = models.UUIDField(default=uuid.uuid4, unique=True)
    code = models.FloatField(verbose_name='code', null=True)
    rank = models.DateTimeField(null=True)
    address = models.SmallIntegerField(null=True)
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True)
    review = models.OneToOneField('shop.Review', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-address']
        unique_together = ('address', 'review')
        constraints = [
            models.UniqueConstraint(fields=['parent', 'rank'], name='category_parent_rank_uniq'),
        ]


class Todo(models.Model):
    created_at = models.DecimalField(max_digits=5, decimal_places=0, null=True, blank=True)
    points = models.JSONField(blank=True)
    address = models.TimeField()
    memo = models.FileField('memo', upload_to='uploads/%Y/%m/', null=True)
    start = models.IntegerField(default=0)
    members = models.ManyToManyField('todos.Movie', related_name='todo_members', blank=True)
    parent = models.ForeignKey('Category', on_delete=models.CASCADE, related_name='todo_parent_set')

    class Meta:
        unique_together = [['created_at', 'start']]
        indexes = [
            models.Index(fields=['address'], name='todo_address_idx'),
        ]


class Event(models.Model):
    memo = models.DateField()
    title = models.PositiveSmallIntegerField()
    attachment = models.DateField(db_index=True)
    extra = models.PositiveIntegerField(blank=True)
    created_at = models.FileField(verbose_name='created_at', upload_to='uploads/%Y/%m/')
    data = models.EmailField()
    profiles = models.ManyToManyField('todos.Profile', related_name='event_profiles')
    owner = models.ForeignKey(Category, on_delete=models.SET_NULL, null=True, blank=True, db_index=False)
    user = models.OneToOneField('auth.User', on_delete=models.CASCADE, related_name='events_2')
