from django.db import models


class Album(models.Model):
    homepage = models.DateField(auto_now_add=True)
    content = models.URLField()
    image = models.FloatField(db_index=True)
    writer = models.ForeignKey('music.Review', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='album_writer_set')


class Photo(models.Model):
    id = models.BigAutoField(primary_key=True)
    updated_at = models.DateTimeField(auto_now_add=True)
    views = models.SlugField()
    status = models.EmailField(verbose_name='status')
    writer = models.ForeignKey('music.Review', on_delete=models.PROTECT, related_name='photos_0')

    class Meta:
        ordering = ['-status']
        verbose_name = 'photo item'
