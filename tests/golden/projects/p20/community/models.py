from django.db import models


class Note(models.Model):
    views = models.DateTimeField(auto_now_add=True, db_index=True)
    length = models.TimeField('length')

    class Meta:
        db_table = 'community_notes'
        indexes = [models.Index(fields=['views'])]


class Genre(models.Model):
    summary = models.TextField()
    price = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    fans = models.ManyToManyField('Note', related_name='genre_fans', blank=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None, db_index=False)

    class Meta:
        verbose_name = 'genre item'
        unique_together = ('parent', 'price')


class Question(models.Model):
    position = models.DecimalField(max_digits=5, decimal_places=0)
    thumbnail = models.DateField(null=True, blank=True)
    price = models.FileField(upload_to='uploads/%Y/%m/', db_column='price_col')
    done = models.CharField(max_length=100, blank=True)
    title = models.UUIDField(db_index=True)

    class Meta:
        unique_together = ('done', 'thumbnail')

    def __str__(self):
        return self.done
