from django.db import models


class Comment(models.Model):
    nickname = models.ImageField(upload_to='files/')
    uid = models.IntegerField(default=0, null=True)
    length = models.EmailField('length', blank=True)
    rank = models.UUIDField(unique=True)
    position = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    thumbnail = models.PositiveSmallIntegerField('thumbnail', blank=True)

    class Meta:
        db_table = 'blog_comments'
        constraints = [
            models.UniqueConstraint(fields=['length', 'nickname'], name='comment_length_nickname_uniq'),
        ]
        indexes = [
            models.Index(fields=['length'], name='comment_length_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.length}'


class Note(models.Model):
    homepage = models.TimeField()
    uid = models.DurationField(verbose_name='uid', db_index=True)
    choice = models.OneToOneField('music.Choice', on_delete=models.PROTECT, related_name='notes_0')
    book = models.ForeignKey('music.Book', on_delete=models.SET_NULL, null=True, blank=True, related_name='notes_1')

    class Meta:
        ordering = ['-book']


class Product(models.Model):
    email = models.PositiveBigIntegerField()
    uid = models.DateField()
    slug = models.DateField(auto_now_add=True, blank=True)

    class Meta:
        verbose_name = 'product item'
