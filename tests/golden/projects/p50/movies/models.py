from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Author(models.Model):
    uid = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    status = models.JSONField(blank=True)
    image = models.BigIntegerField(db_index=True)
    homepage = models.URLField(max_length=100, null=True, db_column='homepage_col')
    start = models.PositiveSmallIntegerField('start')

    class Meta:
        ordering = ['-start']
        verbose_name = 'author item'


class Product(models.Model):
    length = models.BooleanField(default=False)
    data = models.URLField(null=True)
    image = models.FloatField()
    rating = models.DurationField()
    user = models.OneToOneField(UserModel, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='product_user_set')
    writer = models.ForeignKey('reviews.Genre', on_delete=models.CASCADE)
