from django.db import models


class Photo(models.Model):
    address = models.SlugField(max_length=80)
    thumbnail = models.BooleanField(default=False, blank=True)
    created_at = models.PositiveBigIntegerField()
    status = models.CharField(verbose_name='status', max_length=150)
    rank = models.IntegerField(default=0, null=True)
    views = models.URLField(max_length=254, db_column='views_col')

    class Meta:
        ordering = ['-thumbnail']
        unique_together = [['thumbnail', 'address']]

    def __str__(self):
        return self.address


class Product(models.Model):
    image = models.BigIntegerField(verbose_name='image', blank=True)
    homepage = models.ImageField(upload_to='images/')
    updated_at = models.BigIntegerField()
    published = models.DurationField(db_column='published_col')
    song_ref = models.ForeignKey('boards.Song', on_delete=models.PROTECT, related_name='product_song_ref_set')
    like_photos = models.ManyToManyField(Photo, related_name='product_like_photos')

    class Meta:
        verbose_name = 'product item'


class Album(models.Model):
    position = models.PositiveSmallIntegerField()
    body = models.SmallIntegerField(default=0)
    homepage = models.DateField(blank=True)

    class Meta:
        verbose_name = 'album item'
        unique_together = [['homepage', 'body']]
        constraints = [
            models.UniqueConstraint(fields=['body', 'position'], name='album_body_position_uniq'),
        ]
