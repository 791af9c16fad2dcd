from django.db import models


class Author(models.Model):
    extra = models.FileField(upload_to='files/', blank=True)
    address = models.IntegerField(verbose_name='address')
    length = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    stock = models.PositiveIntegerField(default=0, null=True)
    weight = models.PositiveSmallIntegerField()
    nickname = models.DecimalField(max_digits=10, decimal_places=3, null=True)

    class Meta:
        indexes = [
            models.Index(fields=['address'], name='author_address_idx'),
        ]


class Album(models.Model):
    status = models.DateTimeField()
    start = models.URLField('start', blank=True)
    updated_at = models.BigIntegerField()
    content = models.FileField(upload_to='images/', blank=True)
    opens = models.DateTimeField(auto_now=True)
    owner = models.ForeignKey('community.Question', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='album_owner_set')
    review_ref = models.ForeignKey('movies.Review', on_delete=models.CASCADE, related_name='albums_1', db_column='review_ref_key')

    class Meta:
        ordering = ['-content']
        verbose_name = 'album item'
        unique_together = [['status', 'updated_at']]


class Order(models.Model):
    points = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    title = models.FloatField(blank=True)
    body = models.TimeField(blank=True)
    members = models.ManyToManyField('community.Note', related_name='order_members', blank=True)
    parent = models.ForeignKey('community.Note', on_delete=models.DO_NOTHING, related_name='orders_1')
    user = models.OneToOneField('auth.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='orders_2')

    class Meta:
        db_table = 'events_orders'
        unique_together = ('points', 'body')
