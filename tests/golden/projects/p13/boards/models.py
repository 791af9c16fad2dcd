from django.conf import settings
from django.db import models


class Book(models.Model):
    birthday = models.JSONField(null=True, blank=True)
    email = models.DecimalField(max_digits=10, decimal_places=3, blank=True)
    count = models.PositiveBigIntegerField(db_index=True)
    title = models.URLField(max_length=300, blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name='book_user_set')

    class Meta:
        unique_together = [['birthday', 'user']]


class Choice(models.Model):
    attachment = models.IntegerField()
    position = models.DecimalField(max_digits=10, decimal_places=0, blank=True, db_column='position_col')
    weight = models.DateField(null=True)
    album_ref = models.ForeignKey('articles.Album', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='choice_album_ref_set', db_index=False)
    books = models.ManyToManyField('Book', related_name='choice_books', blank=True)

    class Meta:
        ordering = ['-weight']
        constraints = [
            models.UniqueConstraint(fields=['weight', 'position'], name='choice_weight_position_uniq'),
        ]
        indexes = [
            models.Index(fields=['attachment', 'album_ref'], name='choice_attachment_idx'),
        ]
