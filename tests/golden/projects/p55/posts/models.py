from django.conf import settings
from django.db import models


class Song(models.Model):
    image = models.FileField('image', upload_to='images/', blank=True)
    extra = models.SlugField(null=True)
    summary = models.BooleanField(default=True)
    email = models.DecimalField(max_digits=8, decimal_places=3)


class Note(models.Model):
    price = models.SlugField(max_length=80)
    views = models.DecimalField(max_digits=10, decimal_places=0, null=True, blank=True, db_index=True)
    count = models.ImageField(upload_to='images/', db_column='count_col')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='note_parent_set')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        verbose_name = 'note item'

    def __str__(self):
        return f'{self.pk}: {self.price}'
