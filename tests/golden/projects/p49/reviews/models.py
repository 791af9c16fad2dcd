from django.db import models


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    done = models.BooleanField(default=False, blank=True)
    rank = models.SmallIntegerField(verbose_name='rank', default=0, db_index=True)
    level = models.CharField(max_length=150, choices=[('a', 'A'), ('b', 'B')])
    post = models.OneToOneField('todos.Post', on_delete=models.PROTECT, related_name='reviews_0')
    notes = models.ManyToManyField('posts.Note', related_name='review_notes')

    class Meta:
        indexes = [models.Index(fields=['post'])]


class Board(models.Model):
    thumbnail = models.EmailField()
    start = models.TimeField()

    def __str__(self):
        return self.thumbnail


class Event(models.Model):
    length = models.BigIntegerField(blank=True)
    rank = models.FileField(verbose_name='rank', upload_to='images/')

    class Meta:
        ordering = ['-length']
        verbose_name = 'event item'
