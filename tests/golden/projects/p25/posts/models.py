from django.db import models


class Post(models.Model):
    name = models.DurationField(db_column='name_col')
    birthday = models.JSONField(verbose_name='birthday', default=dict, blank=True, db_column='birthday_col')
    released = models.FloatField(verbose_name='released', blank=True)

    class Meta:
        indexes = [
            models.Index(fields=['birthday'], name='post_birthday_idx'),
        ]
