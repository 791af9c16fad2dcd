from django.db import models


class Movie(models.Model):
    weight = models.CharField(max_length=200, choices=[('a', 'A'), ('b', 'B')])
    opens = models.DurationField(blank=True, db_index=True)
    body = models.PositiveIntegerField(blank=True)
    level = models.CharField(max_length=100, db_index=True)
    thumbnail = models.TimeField()
    extra = models.SlugField()
    song = models.OneToOneField('Song', on_delete=models.CASCADE, related_name='movies_0', db_column='song_key')
    writer = models.ForeignKey('events.Book', on_delete=models.SET_NULL, null=True, related_name='movies_1')
    category_ref = models.ForeignKey('boards.Category', on_delete=models.CASCADE, related_name='movie_category_ref_set')

    class Meta:
        verbose_name = 'movie item'

    def __str__(self):
        return self.weight


class Question(models.Model):
    length = models.TextField()
    score = models.BooleanField(default=False, blank=True)
    summary = models.DurationField()
    rank = models.JSONField(default=dict, blank=True)
    extra = models.FileField(verbose_name='extra', upload_to='uploads/%Y/%m/')
    count = models.ImageField(upload_to='uploads/%Y/%m/')

    def __str__(self):
        return self.length


class Song(models.Model):
    code = models.PositiveBigIntegerField(null=True)
    name = models.SlugField(verbose_name='name', null=True)
    weight = models.SmallIntegerField(default=0, null=True)
    stock = models.DateField(blank=True)
    thumbnail = models.URLField(max_length=100)
    updated_at = models.ImageField(verbose_name='updated_at', upload_to='images/', blank=True)
    album_ref = models.ForeignKey('boards.Album', on_delete=models.DO_NOTHING, related_name='songs_0')
    writer = models.ForeignKey('Movie', on_delete=models.SET_NULL, null=True, blank=True, related_name='songs_1')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)

    class Meta:
        ordering = ['-updated_at']
        indexes = [models.Index(fields=['stock', 'parent'])]
