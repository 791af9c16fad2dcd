from django.db import models


class Order(models.Model):
    id = models.AutoField(primary_key=True)
    position = models.DecimalField(verbose_name='position', max_digits=8, decimal_places=2, blank=True, db_column='position_col')
    done = models.TextField(blank=True)
    birthday = models.DateTimeField(auto_now=True, null=True)
    homepage = models.SmallIntegerField(blank=True)
    content = models.TextField(verbose_name='content')
    updated_at = models.PositiveIntegerField(default=0, blank=True)
    writer = models.ForeignKey('reviews.Album', on_delete=models.CASCADE, related_name='orders_0')
    members = models.ManyToManyField('reviews.Board', related_name='order_members', blank=True)

    class Meta:
        ordering = ['-updated_at']
        verbose_name = 'order item'
