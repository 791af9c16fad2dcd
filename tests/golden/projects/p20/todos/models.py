from django.db import models


class Photo(models.Model):
    body = models.URLField(max_length=100)
    start = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    level = models.BigIntegerField()
    extra = models.URLField(max_length=300)
    owner = models.ForeignKey('community.Profile', on_delete=models.CASCADE, null=True, blank=True, related_name='photos_0')
    genre_ref = models.ForeignKey('movies.Genre', on_delete=models.PROTECT, related_name='photos_1')
    product = models.OneToOneField('articles.Product', on_delete=models.CASCADE, related_name='photos_2')

    class Meta:
        verbose_name = 'photo item'


class Song(models.Model):
    id = models.BigAutoField(primary_key=True)
    weight = models.TimeField(db_index=True, db_column='weight_col')
    slug = models.BooleanField(default=True, db_index=True)
    thumbnail = models.DurationField(null=True, blank=True)
    email = models.BooleanField(default=False)
    uid = models.TimeField()
    friends = models.ManyToManyField('self', blank=True)
    photo = models.OneToOneField('Photo', on_delete=models.SET_NULL, null=True, blank=True, related_name='song_photo_set')

    class Meta:
        ordering = ['-uid']
        unique_together = [['email', 'uid']]
        constraints = [
            models.UniqueConstraint(fields=['slug', 'uid'], name='song_slug_uid_uniq'),
        ]
