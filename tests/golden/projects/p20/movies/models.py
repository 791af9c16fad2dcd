from django.db import models


class Comment(models.Model):
    nickname = models.IntegerField(choices=[(1, 'one'), (2, 'two')], unique=True)
    slug = models.FileField(upload_to='files/', null=True, blank=True)
    image = models.TimeField(blank=True)
    opens = models.BooleanField(default=False, db_column='opens_col')
    memo = models.DateTimeField()
    thumbnail = models.PositiveBigIntegerField()
    fans = models.ManyToManyField('community.Genre', related_name='comment_fans')
    parent = models.ForeignKey('community.Note', on_delete=models.CASCADE, related_name='comment_parent_set')

    class Meta:
        ordering = ['-memo']
        unique_together = ('opens', 'parent')


class Author(models.Model):
    id = models.BigAutoField(primary_key=True)
    done = models.DateField()
    updated_at = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    level = models.JSONField(default=dict, blank=True)
    rating = models.FileField('rating', upload_to='files/')
    views = models.SmallIntegerField(db_column='views_col')
    note_ref = models.ForeignKey('community.Note', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='author_note_ref_set')
    writer = models.ForeignKey('community.Genre', on_delete=models.SET_NULL, null=True, blank=True, related_name='authors_1')

    class Meta:
        db_table = 'movies_authors'
        unique_together = ('views', 'writer')
        indexes = [
            models.Index(fields=['updated_at', 'note_ref'], name='author_updated_at_idx'),
        ]
