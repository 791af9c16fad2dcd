from django.db import models


class Comment(models.Model):
    homepage = models.ImageField(upload_to='uploads/%Y/%m/')
    weight = models.JSONField(default=dict)
    count = models.PositiveBigIntegerField()
    birthday = models.CharField(max_length=255, null=True)
    points = models.PositiveSmallIntegerField(blank=True)
    length = models.JSONField(blank=True)
    article = models.OneToOneField('Article', on_delete=models.SET_NULL, null=True, blank=True, related_name='comment_article_set')
    parent = models.ForeignKey('self', on_delete=models.DO_NOTHING, null=True, blank=True)


class Book(models.Model):
    price = models.DurationField(blank=True)
    published = models.BooleanField(default=False)
    uid = models.IntegerField(blank=True, unique=True)
    email = models.TextField('email', blank=True)
    writer = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name='books_0')

    class Meta:
        verbose_name = 'book item'
        constraints = [
            models.UniqueConstraint(fields=['writer', 'uid'], name='book_writer_uid_uniq'),
        ]


class Article(models.Model):
    score = models.IntegerField(null=True, blank=True)
    released = models.PositiveSmallIntegerField(null=True)

    class Meta:
        ordering = ['-score']
        unique_together = ('score', 'released')
