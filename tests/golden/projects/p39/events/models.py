from django.db import models


class Book(models.Model):
    id = models.BigAutoField(primary_key=True)
    name = models.SmallIntegerField(default=0)
    image = models.PositiveIntegerField(default=0)
    published = models.DurationField()
    attachment = models.EmailField(null=True)
    position = models.BooleanField(default=False, db_index=True)
    rank = models.FloatField()
    review = models.OneToOneField('library.Review', on_delete=models.SET_NULL, null=True, related_name='books_0')
    parent = models.ForeignKey('articles.Profile', on_delete=models.CASCADE, related_name='book_parent_set')

    class Meta:
        db_table = 'events_books'
        constraints = [
            models.UniqueConstraint(fields=['published', 'attachment'], name='book_published_attachment_uniq'),
        ]


class Question(models.Model):
    stock = models.DateTimeField(auto_now=True)
    image = models.CharField(max_length=255, choices=[('a', 'A'), ('b', 'B')])
    slug = models.FloatField('slug')
    created_at = models.ImageField(upload_to='files/')
    code = models.CharField(max_length=10, db_index=True)
    homepage = models.JSONField(blank=True)

    class Meta:
        ordering = ['-homepage']
        verbose_name = 'question item'
        indexes = [models.Index(fields=['image', 'code'])]

    def __str__(self):
        return self.code
