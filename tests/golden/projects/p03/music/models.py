from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    id = models.AutoField(primary_key=True)
    released = models.BigIntegerField(blank=True)
    memo = models.BooleanField(verbose_name='memo', default=True, db_index=True)
    rank = models.FileField(upload_to='files/', blank=True)
    user = models.OneToOneField(UserModel, on_delete=models.DO_NOTHING, related_name='reviews_0')
    writer = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='review_writer_set')

    class Meta:
        ordering = ['-writer']
        constraints = [
            models.UniqueConstraint(fields=['user', 'writer'], name='review_user_writer_uniq'),
        ]
