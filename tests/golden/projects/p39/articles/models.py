from django.conf import settings
from django.db import models


class Song(models.Model):
    stock = models.SmallIntegerField(default=0)
    points = models.UUIDField(null=True, blank=True)
    rank = models.SlugField(blank=True, db_index=True)
    created_at = models.DateTimeField('created at')
    code = models.DateTimeField()
    published = models.DateField(auto_now_add=True, null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='songs_0')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='song_owner_set', db_index=False)

    class Meta:
        ordering = ['-rank']
        constraints = [
            models.UniqueConstraint(fields=['published', 'stock'], name='song_published_stock_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.rank}'


class Profile(models.Model):
    price = models.BigIntegerField(null=True)
    homepage = models.DateTimeField(auto_now_add=True, null=True, blank=True)
    summary = models.DurationField()


class Category(models.Model):
    data = models.ImageField(upload_to='uploads/%Y/%m/', null=True)
    position = models.PositiveBigIntegerField(null=True)
    address = models.SmallIntegerField(default=0)
    owner = models.ForeignKey('Profile', on_delete=models.SET_NULL, null=True, blank=True)
    members = models.ManyToManyField(Profile, related_name='category_members')

    class Meta:
        verbose_name = 'category item'
        indexes = [models.Index(fields=['data', 'position'])]
