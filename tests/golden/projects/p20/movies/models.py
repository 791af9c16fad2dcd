from django.db import models


class Genre(models.Model):
    updated_at = models.SmallIntegerField(default=0)
    start = models.TimeField()
    level = models.PositiveBigIntegerField(db_index=True)
    order = models.OneToOneField('community.Order', on_delete=models.DO_NOTHING, related_name='genre_order_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['updated_at', 'order'], name='genre_updated_at_order_uniq'),
        ]
