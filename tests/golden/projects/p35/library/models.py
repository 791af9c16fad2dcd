from django.conf import settings
from django.db import models


class Album(models.Model):
    homepage = models.URLField(verbose_name='homepage', max_length=100)
    attachment = models.CharField(max_length=20)
    slug = models.CharField(max_length=20, default='draft', blank=True, unique=True)
    stock = models.IntegerField()
    title = models.PositiveIntegerField(blank=True)
    owner = models.ForeignKey('todos.Book', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='albums_0')
    reviews = models.ManyToManyField('todos.Review', related_name='album_reviews', blank=True)

    class Meta:
        ordering = ['-title']
        indexes = [models.Index(fields=['stock'])]


class Comment(models.Model):
    id = models.BigAutoField(primary_key=True)
    updated_at = models.PositiveSmallIntegerField()
    published = models.CharField(max_length=255)
    image = models.DurationField()
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='comment_fans', blank=True)
    writer = models.ForeignKey('todos.Book', on_delete=models.PROTECT, related_name='comment_writer_set')

    class Meta:
        verbose_name = 'comment item'

    def __str__(self):
        return f'{self.pk}: {self.published}'
