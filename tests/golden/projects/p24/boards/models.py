from django.db import models


class Post(models.Model):
    birthday = models.ImageField(upload_to='uploads/%Y/%m/')
    released = models.PositiveSmallIntegerField(null=True, blank=True)
    start = models.URLField(null=True)
    stock = models.PositiveSmallIntegerField(null=True)
    writer = models.ForeignKey('accounts.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='posts_0')
    song = models.OneToOneField('articles.Song', on_delete=models.DO_NOTHING, related_name='posts_1')

    class Meta:
        verbose_name = 'post item'


class Order(models.Model):
    status = models.URLField(verbose_name='status', max_length=300)
    data = models.BigIntegerField('data')
    birthday = models.PositiveSmallIntegerField(null=True)
    stock = models.SmallIntegerField(verbose_name='stock', default=0, db_index=True)
    name = models.DateTimeField(verbose_name='name', auto_now_add=True, db_column='name_col')
    event = models.OneToOneField('articles.Event', on_delete=models.PROTECT, related_name='order_event_set')
    members = models.ManyToManyField('Post', related_name='order_members')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        ordering = ['-status']
