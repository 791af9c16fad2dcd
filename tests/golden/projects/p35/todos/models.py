from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Order(models.Model):
    weight = models.FileField(upload_to='files/', db_column='weight_col')
    points = models.PositiveSmallIntegerField()

    class Meta:
        unique_together = [['weight', 'points']]
        constraints = [
            models.UniqueConstraint(fields=['points', 'weight'], name='order_points_weight_uniq'),
        ]


class Tag(models.Model):
    views = models.PositiveSmallIntegerField()
    is_public = models.JSONField()
    price = models.PositiveSmallIntegerField(db_index=True)
    homepage = models.EmailField(max_length=100)
    parent = models.ForeignKey(get_user_model(), on_delete=models.SET_DEFAULT, null=True, default=None, related_name='tag_parent_set')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='tag_user_set')
