from django.db import models


class Album(models.Model):
    id = models.AutoField(primary_key=True)
    uid = models.DateTimeField(verbose_name='uid', auto_now_add=True, null=True)
    email = models.DateTimeField(auto_now=True)
    price = models.SlugField('price', null=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['email', 'uid'], name='album_email_uid_uniq'),
        ]


class Order(models.Model):
    content = models.JSONField(default=dict)
    price = models.BigIntegerField()
    thumbnail = models.PositiveSmallIntegerField(null=True)
    summary = models.DateTimeField(auto_now_add=True, null=True)
    status = models.URLField()
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, related_name='orders_0')

    class Meta:
        ordering = ['-summary']
        constraints = [
            models.UniqueConstraint(fields=['thumbnail', 'content'], name='order_thumbnail_content_uniq'),
        ]


class Post(models.Model):
    id = models.BigAutoField(primary_key=True)
    weight = models.PositiveSmallIntegerField(db_index=True)
    rating = models.SmallIntegerField()
    email = models.CharField(max_length=255)
    done = models.TextField()
    uid = models.DurationField()
    writer = models.ForeignKey('Album', on_delete=models.SET_DEFAULT, null=True, default=None)
    parent = models.ForeignKey(Album, on_delete=models.CASCADE, related_name='post_parent_set')

    class Meta:
        unique_together = [['uid', 'rating']]
        constraints = [
            models.UniqueConstraint(fields=['writer', 'email'], name='post_writer_email_uniq'),
        ]
