from django.conf import settings
from django.db import models


class Author(models.Model):
    image = models.FloatField(null=True)
    name = models.DecimalField(max_digits=8, decimal_places=2, db_index=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='authors_0')
    photo = models.OneToOneField('articles.Photo', on_delete=models.DO_NOTHING, related_name='authors_2')

    class Meta:
        verbose_name = 'author item'
        indexes = [models.Index(fields=['image', 'photo'])]
