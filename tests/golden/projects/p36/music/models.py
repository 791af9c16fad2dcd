from django.db import models


class Order(models.Model):
    level = models.DateField(null=True)
    length = models.TextField(null=True)
    thumbnail = models.URLField()
    comment_ref = models.ForeignKey('events.Comment', on_delete=models.CASCADE, null=True, blank=True, related_name='orders_0')
    todo = models.ForeignKey('community.Todo', on_delete=models.DO_NOTHING, related_name='orders_1')

    class Meta:
        ordering = ['-todo']
        verbose_name = 'order item'
        constraints = [
            models.UniqueConstraint(fields=['level', 'thumbnail'], name='order_level_thumbnail_uniq'),
        ]
