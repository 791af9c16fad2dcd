from django.conf import settings
from django.db import models


class Book(models.Model):
    nickname = models.PositiveIntegerField(default=0)
    data = models.SmallIntegerField()
    count = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    rating = models.DateTimeField(null=True, blank=True, db_column='rating_col')
    title = models.FloatField(blank=True)
    name = models.EmailField(max_length=300, db_column='name_col')

    class Meta:
        ordering = ['-title']
        constraints = [
            models.UniqueConstraint(fields=['name', 'nickname'], name='book_name_nickname_uniq'),
        ]


class Choice(models.Model):
    is_public = models.CharField(max_length=200, null=True)
    updated_at = models.PositiveBigIntegerField(db_index=True)
    birthday = models.EmailField()
    writer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='choices_0')
    genre = models.ForeignKey('community.Genre', on_delete=models.CASCADE, related_name='choices_1')

    class Meta:
        db_table = 'articles_choices'
        verbose_name = 'choice item'

    def __str__(self):
        return f'{self.pk}: {self.birthday}'
