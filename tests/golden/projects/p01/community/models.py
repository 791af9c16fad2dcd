from django.conf import settings
from django.db import models


class Genre(models.Model):
    homepage = models.DateField()
    birthday = models.ImageField(upload_to='images/', null=True)
    start = models.CharField(max_length=200, default='')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='genres_0', db_column='user_key')

    class Meta:
        ordering = ['-birthday']

    def __str__(self):
        return f'{self.pk}: {self.start}'
