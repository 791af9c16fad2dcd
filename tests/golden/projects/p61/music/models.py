from django.db import models


class Choice(models.Model):
    views = models.SmallIntegerField(default=0)
    position = models.TextField(blank=True, db_column='position_col')
    rating = models.TimeField()
    level = models.PositiveIntegerField(default=0, null=True)


class Book(models.Model):
    opens = models.PositiveSmallIntegerField(db_index=True)
    updated_at = models.BooleanField(default=True)
    content = models.DecimalField('content', max_digits=10, decimal_places=2)
    level = models.BooleanField(default=True)
    thumbnail = models.DurationField()
    uid = models.IntegerField(default=0)

    class Meta:
        verbose_name = 'book item'
