from django.db import models


class Album(models.Model):
    slug = models.TimeField()
    rank = models.DurationField('rank')
    nickname = models.FloatField(null=True, db_index=True)
    score = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    comment = models.ForeignKey('blog.Comment', on_delete=models.CASCADE, related_name='album_comment_set')
    members = models.ManyToManyField('blog.Comment', related_name='album_members')

    class Meta:
        db_table = 'boards_albums'
        verbose_name = 'album item'
