from django.db import models


class Genre(models.Model):
    points = models.IntegerField(null=True, blank=True, db_column='points_col')
    position = models.PositiveIntegerField(default=0)
    opens = models.PositiveSmallIntegerField()
    done = models.PositiveIntegerField()
    stock = models.JSONField(verbose_name='stock')
    code = models.PositiveSmallIntegerField(verbose_name='code', null=True, db_column='code_col')

    class Meta:
        ordering = ['-opens']
