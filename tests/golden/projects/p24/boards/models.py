from django.conf import settings
from django.db import models


class Post(models.Model):
    position = models.BigIntegerField(db_index=True)
    extra = models.CharField(max_length=20, default='')
    thumbnail = models.EmailField()
    slug = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='posts_0')
    friends = models.ManyToManyField('self')
    profile = models.ForeignKey('movies.Profile', on_delete=models.CASCADE, related_name='posts_2')

    class Meta:
        ordering = ['-extra']
        unique_together = ('user', 'position')

    def __str__(self):
        return f'{self.pk}: {self.extra}'


class Order(models.Model):
    updated_at = models.DateField(auto_now_add=True, null=True, blank=True)
    start = models.PositiveSmallIntegerField()
    weight = models.FileField(upload_to='images/', null=True)
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)
