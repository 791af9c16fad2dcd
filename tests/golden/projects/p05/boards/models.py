from django.db import models


class Category(models.Model):
    thumbnail = models.PositiveBigIntegerField(blank=True)
    updated_at = models.ImageField(upload_to='uploads/%Y/%m/')
    writer = models.ForeignKey('posts.Tag', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='categorys_0')

    class Meta:
        ordering = ['-writer']
        verbose_name = 'category item'
        constraints = [
            models.UniqueConstraint(fields=['thumbnail', 'writer'], name='category_thumbnail_writer_uniq'),
        ]


class Comment(models.Model):
    done = models.ImageField(upload_to='images/', blank=True)
    price = models.DateTimeField(verbose_name='price')
    code = models.JSONField(default=dict, blank=True)
    uid = models.EmailField(db_index=True)
    extra = models.BooleanField(default=False)
    released = models.BooleanField(default=False)
