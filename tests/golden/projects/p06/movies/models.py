import uuid

from django.db import models


class Todo(models.Model):
    rating = models.FileField(upload_to='files/')
    title = models.UUIDField(verbose_name='title', default=uuid.uuid4, blank=True)
    opens = models.DurationField(blank=True)
    memo = models.SmallIntegerField()
    status = models.PositiveBigIntegerField('status', null=True, db_column='status_col')
    tag = models.OneToOneField('Tag', on_delete=models.CASCADE, related_name='todos_0')
    order = models.ForeignKey('todos.Order', on_delete=models.DO_NOTHING, related_name='todo_order_set')

    class Meta:
        unique_together = ('status', 'memo')
        indexes = [
            models.Index(fields=['rating'], name='todo_rating_idx'),
        ]


class Tag(models.Model):
    code = models.FileField(upload_to='uploads/%Y/%m/')
    views = models.PositiveBigIntegerField(db_index=True)
    content = models.TimeField(blank=True)
    length = models.EmailField()
    post = models.ForeignKey('events.Post', on_delete=models.DO_NOTHING, related_name='tags_0')
    article = models.ForeignKey('todos.Article', on_delete=models.CASCADE, related_name='tag_article_set', db_index=False)

    class Meta:
        unique_together = ('post', 'views')
        indexes = [
            models.Index(fields=['length'], name='tag_length_idx'),
        ]


class Question(models.Model):
    published = models.ImageField(verbose_name='published', upload_to='files/', blank=True)
    homepage = models.IntegerField(default=0, blank=True)
    slug = models.TimeField(db_index=True)
    done = models.BigIntegerField()
    image = models.ImageField('image', upload_to='uploads/%Y/%m/', null=True, blank=True)
    points = models.FileField('points', upload_to='files/', null=True, blank=True)

    class Meta:
        ordering = ['-homepage']
        unique_together = ('image', 'homepage')
