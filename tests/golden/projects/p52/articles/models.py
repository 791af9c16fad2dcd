from django.db import models


class Comment(models.Model):
    uid = models.PositiveSmallIntegerField()
    views = models.SlugField(verbose_name='views', blank=True)
    opens = models.DurationField(null=True, db_column='opens_col')
    done = models.ImageField(upload_to='images/')
    attachment = models.ImageField(upload_to='files/', db_column='attachment_col')
    nickname = models.BooleanField(default=False, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['views', 'nickname'], name='comment_views_nickname_uniq'),
        ]


class Photo(models.Model):
    title = models.CharField('title', max_length=50, null=True)
    content = models.PositiveIntegerField(db_index=True)
    done = models.IntegerField(default=0)
    is_public = models.SmallIntegerField()
    stock = models.PositiveBigIntegerField()
    friends = models.ManyToManyField('self', symmetrical=False, related_name='friends_of')
    fans = models.ManyToManyField('Comment', related_name='photo_fans')
    parent = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name='photo_parent_set')

    class Meta:
        ordering = ['-is_public']
        unique_together = ('title', 'parent')

    def __str__(self):
        return f'{self.pk}: {self.title}'
