from django.db import models


class Tag(models.Model):
    content = models.FloatField()
    score = models.SlugField(blank=True)
    thumbnail = models.DateTimeField('thumbnail', auto_now_add=True, blank=True)
    status = models.FileField(upload_to='images/')
    rank = models.SlugField(null=True, unique=True)


class Category(models.Model):
    price = models.DurationField()
    points = models.DateField(db_column='points_col')
    birthday = models.DateTimeField()
    data = models.DateTimeField('data', auto_now_add=True)
    code = models.DurationField(null=True)
    status = models.PositiveSmallIntegerField()
    tags = models.ManyToManyField('Tag', related_name='category_tags', blank=True)
    fans = models.ManyToManyField('auth.Group', related_name='category_fans')
    parent = models.ForeignKey('self', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-price']
        verbose_name = 'category item'
