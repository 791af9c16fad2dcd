from django.db import models


class Category(models.Model):
    published = models.EmailField()
    rating = models.DurationField()
    writer = models.ForeignKey('posts.Movie', on_delete=models.CASCADE, null=True, blank=True, related_name='categorys_0', db_column='writer_key')

    class Meta:
        ordering = ['-rating']
        indexes = [
            models.Index(fields=['published', 'rating'], name='category_published_idx'),
        ]


class Album(models.Model):
    id = models.BigAutoField(primary_key=True)
    opens = models.TextField(blank=True)
    length = models.FloatField(db_column='length_col')
    position = models.EmailField(null=True, db_index=True)
    title = models.EmailField(null=True)
    weight = models.CharField(max_length=255, default='', blank=True, unique=True)
    updated_at = models.BigIntegerField(verbose_name='updated_at', blank=True)
    category = models.ForeignKey(Category, on_delete=models.DO_NOTHING, related_name='album_category_set')

    class Meta:
        db_table = 'articles_albums'
        verbose_name = 'album item'

    def __str__(self):
        return self.opens
