from django.db import models


class Choice(models.Model):
    thumbnail = models.DecimalField(max_digits=5, decimal_places=0, null=True, blank=True)
    stock = models.SmallIntegerField(default=0, db_index=True, db_column='stock_col')
    code = models.SmallIntegerField(default=0, blank=True)
    title = models.TimeField()
    parent = models.ForeignKey('accounts.User', on_delete=models.PROTECT, related_name='choices_0')

    class Meta:
        ordering = ['-thumbnail']
        constraints = [
            models.UniqueConstraint(fields=['title', 'parent'], name='choice_title_parent_uniq'),
        ]
        indexes = [
            models.Index(fields=['thumbnail', 'title'], name='choice_thumbnail_idx'),
        ]
