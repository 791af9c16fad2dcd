from django.db import models


class Comment(models.Model):
    points = models.PositiveSmallIntegerField()
    attachment = models.EmailField(blank=True)
    published = models.DateField(auto_now_add=True, db_index=True)
    thumbnail = models.BooleanField('thumbnail', default=True, blank=True)
    body = models.BigIntegerField()
    writer = models.ForeignKey('boards.Photo', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='comment_writer_set')
