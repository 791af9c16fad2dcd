from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Album(models.Model):
    released = models.DurationField()
    summary = models.FileField(upload_to='images/')
    points = models.IntegerField(null=True)
    name = models.FloatField()
    status = models.CharField(max_length=100, null=True)
    birthday = models.FloatField(null=True)
    product_ref = models.ForeignKey('reviews.Product', on_delete=models.CASCADE, related_name='album_product_ref_set')
    members = models.ManyToManyField(UserModel, related_name='album_members')

    class Meta:
        ordering = ['-product_ref']
        unique_together = ('product_ref', 'points')
        indexes = [
            models.Index(fields=['name', 'released'], name='album_name_idx'),
        ]

    def __str__(self):
        return self.status
