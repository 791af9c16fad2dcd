from django.db import models


class Category(models.Model):
    views = models.EmailField(max_length=100, blank=True, db_index=True)
    nickname = models.URLField('nickname', null=True)
    status = models.TimeField()
    writer = models.ForeignKey('events.Post', on_delete=models.CASCADE, related_name='category_writer_set')

    class Meta:
        ordering = ['-status']
