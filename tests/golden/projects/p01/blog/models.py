from django.db import models


class Tag(models.Model):
    thumbnail = models.EmailField(max_length=100)
    stock = models.ImageField(upload_to='uploads/%Y/%m/')
    updated_at = models.PositiveBigIntegerField()
    email = models.CharField(max_length=100)
    summary = models.CharField(max_length=20)
    score = models.DateTimeField()

    class Meta:
        ordering = ['-score']
        unique_together = ('email', 'thumbnail')
        constraints = [
            models.UniqueConstraint(fields=['summary', 'thumbnail'], name='tag_summary_thumbnail_uniq'),
        ]


class Post(models.Model):
    image = models.BigIntegerField(blank=True)
    uid = models.UUIDField(blank=True)
    opens = models.TextField(null=True)
    views = models.JSONField(verbose_name='views', blank=True)
    homepage = models.DecimalField(max_digits=8, decimal_places=3)
    owner = models.ForeignKey('boards.Order', on_delete=models.CASCADE, related_name='post_owner_set')


class Product(models.Model):
    id = models.BigAutoField(primary_key=True)
    thumbnail = models.CharField(max_length=10)
    count = models.TimeField()
    status = models.DateTimeField(auto_now_add=True, db_column='status_col')
    published = models.FileField(upload_to='images/')
    points = models.PositiveIntegerField()

    class Meta:
        verbose_name = 'product item'
        unique_together = [['points', 'count']]
