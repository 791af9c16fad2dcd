from django.db import models


class Book(models.Model):
    memo = models.DurationField(null=True)
    published = models.PositiveBigIntegerField(blank=True)
    choices = models.ManyToManyField('articles.Choice', related_name='book_choices', blank=True)
    song_ref = models.ForeignKey('articles.Song', on_delete=models.SET_NULL, null=True, blank=True, related_name='book_song_ref_set')
    event_ref = models.ForeignKey('library.Event', on_delete=models.SET_NULL, null=True, blank=True, related_name='books_2')

    class Meta:
        unique_together = ('song_ref', 'event_ref')


class Question(models.Model):
    rank = models.URLField(max_length=100)
    price = models.UUIDField()
    level = models.BooleanField(default=True, db_index=True)
    count = models.PositiveIntegerField()
    published = models.JSONField()
    writer = models.ForeignKey('articles.Song', on_delete=models.CASCADE, related_name='questions_0')
    parent = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        db_table = 'events_questions'
        constraints = [
            models.UniqueConstraint(fields=['count', 'published'], name='question_count_published_uniq'),
        ]
        indexes = [models.Index(fields=['published', 'count'])]
