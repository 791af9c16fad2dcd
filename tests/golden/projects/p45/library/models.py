from django.db import models


class Genre(models.Model):
    score = models.DateField(auto_now_add=True)
    stock = models.PositiveIntegerField(blank=True)
    name = models.URLField(max_length=254)
    address = models.PositiveIntegerField(default=0)
    title = models.DecimalField(max_digits=8, decimal_places=0, null=True, blank=True, db_column='title_col')
    done = models.PositiveBigIntegerField('done', null=True)
    writer = models.ForeignKey('auth.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='genre_writer_set')
    question = models.ForeignKey('posts.Question', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genres_1', db_column='question_key', db_index=False)

    class Meta:
        unique_together = [['score', 'question']]


class Review(models.Model):
    thumbnail = models.SmallIntegerField()
    level = models.FloatField()
    extra = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    parent = models.ForeignKey('posts.Question', on_delete=models.CASCADE, null=True, blank=True, related_name='review_parent_set')

    class Meta:
        verbose_name = 'review item'
        unique_together = ('parent', 'extra')
        constraints = [
            models.UniqueConstraint(fields=['parent', 'extra'], name='review_parent_extra_uniq'),
        ]


class Post(models.Model):
    rank = models.PositiveIntegerField(null=True, blank=True)
    position = models.DecimalField(max_digits=5, decimal_places=0, null=True)
    count = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    score = models.TextField(null=True)
    slug = models.DecimalField(max_digits=10, decimal_places=0)

    class Meta:
        ordering = ['-position']
