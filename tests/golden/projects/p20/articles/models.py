from django.db import models


class Post(models.Model):
    length = models.DateField('length', auto_now_add=True, null=True)
    content = models.SmallIntegerField(default=0, null=True)
    weight = models.URLField(null=True)
    birthday = models.ImageField(upload_to='images/')
    owner = models.ForeignKey('community.Genre', on_delete=models.CASCADE, related_name='posts_0')
    parent = models.ForeignKey('todos.Song', on_delete=models.DO_NOTHING, null=True)

    class Meta:
        ordering = ['-weight']
        verbose_name = 'post item'
        indexes = [
            models.Index(fields=['owner'], name='post_owner_idx'),
        ]


class Category(models.Model):
    rating = models.PositiveBigIntegerField()
    rank = models.TextField('rank')
    done = models.DurationField(blank=True)
    views = models.DateField()
    score = models.SmallIntegerField(blank=True)
    product_ref = models.ForeignKey('community.Product', on_delete=models.CASCADE, null=True, related_name='categorys_0', db_column='product_ref_key', db_index=False)
    fans = models.ManyToManyField('community.Product', related_name='category_fans', blank=True)
