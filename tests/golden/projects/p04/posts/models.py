from django.conf import settings
from django.db import models


class Product(models.Model):
    level = models.FloatField()
    updated_at = models.BigIntegerField()
    song = models.OneToOneField('events.Song', on_delete=models.CASCADE, related_name='product_song_set')
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='products_1')

    class Meta:
        indexes = [
            models.Index(fields=['user'], name='product_user_idx'),
        ]


class Post(models.Model):
    id = models.AutoField(primary_key=True)
    start = models.DecimalField(max_digits=5, decimal_places=2)
    points = models.CharField('points', max_length=50, null=True)
    image = models.FileField(upload_to='images/', null=True, db_column='image_col')
    released = models.DecimalField(max_digits=10, decimal_places=3)
    is_public = models.CharField(max_length=150, choices=[('a', 'A'), ('b', 'B')], blank=True, db_index=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='post_parent_set')
    owner = models.ForeignKey('users.User', on_delete=models.CASCADE, null=True, blank=True, related_name='post_owner_set')
    writer = models.ForeignKey('events.Category', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        ordering = ['-released']
        unique_together = ('released', 'points')

    def __str__(self):
        return f'{self.pk}: {self.points}'


class Author(models.Model):
    body = models.FileField(upload_to='images/', blank=True)
    extra = models.DateTimeField(blank=True)
    length = models.DateField(blank=True)
