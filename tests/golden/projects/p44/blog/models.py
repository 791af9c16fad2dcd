from django.db import models


class Comment(models.Model):
    views = models.DateTimeField('views', auto_now_add=True, db_index=True)
    memo = models.PositiveIntegerField(default=0)
    extra = models.URLField()
    user_ref = models.ForeignKey('accounts.User', on_delete=models.DO_NOTHING, related_name='comments_0', db_column='user_ref_key')

    class Meta:
        ordering = ['-memo']
        indexes = [models.Index(fields=['user_ref', 'views'])]
