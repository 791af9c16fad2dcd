from django.conf import settings
from django.db import models


class Order(models.Model):
    id = models.AutoField(primary_key=True)
    extra = models.EmailField('extra', max_length=100, db_index=True)
    email = models.TextField(null=True, blank=True)
    status = models.FileField(upload_to='images/')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='orders_0')

    class Meta:
        verbose_name = 'order item'
        constraints = [
            models.UniqueConstraint(fields=['email', 'extra'], name='order_email_extra_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.extra}'


class Comment(models.Model):
    id = models.AutoField(primary_key=True)
    slug = models.PositiveSmallIntegerField(null=True)
    views = models.URLField()
    data = models.TimeField(blank=True, db_index=True)
    name = models.DateField(blank=True)
    count = models.DecimalField(max_digits=5, decimal_places=0)
    points = models.DurationField()

    class Meta:
        indexes = [
            models.Index(fields=['data', 'views'], name='comment_data_idx'),
        ]


class Author(models.Model):
    opens = models.DecimalField(max_digits=8, decimal_places=3, blank=True, db_index=True)
    summary = models.DateTimeField(null=True)
    title = models.FloatField(null=True)
    order = models.OneToOneField('Order', on_delete=models.DO_NOTHING, related_name='authors_0')
    parent = models.ForeignKey('community.Genre', on_delete=models.CASCADE, null=True, blank=True, related_name='author_parent_set')

    class Meta:
        verbose_name = 'author item'
        indexes = [models.Index(fields=['summary', 'parent'])]
