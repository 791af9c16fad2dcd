from django.db import models


class Movie(models.Model):
    address = models.DateTimeField(auto_now=True)
    email = models.SmallIntegerField(null=True, blank=True)
    birthday = models.PositiveBigIntegerField(db_index=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)

    class Meta:
        db_table = 'posts_movies'
        verbose_name = 'movie item'
        unique_together = [['address', 'email']]


class Question(models.Model):
    updated_at = models.EmailField(max_length=254)
    opens = models.SlugField(blank=True)
    stock = models.BigIntegerField(null=True)
    summary = models.PositiveBigIntegerField()
    user = models.OneToOneField('users.User', on_delete=models.CASCADE, null=True, blank=True, related_name='question_user_set')

    class Meta:
        ordering = ['-summary']
        db_table = 'posts_questions'
        unique_together = [['user', 'stock']]

    def __str__(self):
        return f'{self.pk}: {self.opens}'


class Song(models.Model):
    is_public = models.SlugField()
    birthday = models.JSONField(default=dict, null=True)
    data = models.URLField(blank=True, db_column='data_col')
    address = models.TextField('address', blank=True)
    writer = models.ForeignKey('users.User', on_delete=models.DO_NOTHING, related_name='songs_0')
    members = models.ManyToManyField('Movie', related_name='song_members')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['writer', 'data'], name='song_writer_data_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.address}'
