import uuid

from django.db import models


class Post(models.Model):
    length = models.SmallIntegerField()
    stock = models.PositiveIntegerField(db_index=True)
    homepage = models.BigIntegerField(null=True, blank=True)
    created_at = models.ImageField('created at', upload_to='uploads/%Y/%m/')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ['-parent']
        verbose_name = 'post item'


class Note(models.Model):
    created_at = models.UUIDField(default=uuid.uuid4, null=True)
    code = models.SlugField(null=True, blank=True)
    uid = models.SmallIntegerField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['code', 'uid'], name='note_code_idx'),
        ]


class Comment(models.Model):
    count = models.TimeField('count')
    email = models.BigIntegerField(null=True)
    nickname = models.DateField(blank=True)
    image = models.SlugField(verbose_name='image', max_length=80, db_column='image_col')
    code = models.CharField(max_length=50)
    users = models.ManyToManyField('auth.User', related_name='comment_users', blank=True)

    class Meta:
        indexes = [models.Index(fields=['nickname'])]

    def __str__(self):
        return f'{self.pk}: {self.code}'
