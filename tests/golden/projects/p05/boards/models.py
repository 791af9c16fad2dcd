from django.db import models


class Order(models.Model):
    data = models.BooleanField(default=True, blank=True, db_column='data_col')
    stock = models.PositiveBigIntegerField(blank=True)
    slug = models.FileField('slug', upload_to='files/')
    created_at = models.DurationField()
    parent = models.ForeignKey('blog.Comment', on_delete=models.PROTECT, related_name='order_parent_set')
    like_comments = models.ManyToManyField('blog.Comment', related_name='order_like_comments')

    class Meta:
        verbose_name = 'order item'
        unique_together = ('data', 'parent')
