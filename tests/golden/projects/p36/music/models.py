import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Order(models.Model):
    length = models.FloatField()
    thumbnail = models.FloatField()
    stock = models.UUIDField(default=uuid.uuid4)
    code = models.PositiveIntegerField(default=0, blank=True, db_index=True)
    content = models.UUIDField(default=uuid.uuid4, null=True)
    user = models.OneToOneField('users.User', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='order_user_set')
    user_ref = models.ForeignKey(UserModel, on_delete=models.DO_NOTHING, null=True, related_name='order_user_ref_set', db_column='user_ref_key')

    class Meta:
        unique_together = [['user', 'thumbnail']]
