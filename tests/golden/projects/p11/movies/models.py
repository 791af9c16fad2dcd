from django.db import models


class Author(models.Model):
    stock = models.SmallIntegerField(default=0, db_index=True)
    slug = models.PositiveIntegerField(null=True)
    owner = models.ForeignKey('events.Profile', on_delete=models.PROTECT, related_name='authors_0')

    class Meta:
        verbose_name = 'author item'
        unique_together = ('stock', 'owner')
        indexes = [
            models.Index(fields=['slug'], name='author_slug_idx'),
        ]


class Comment(models.Model):
    image = models.FloatField()
    birthday = models.FileField(upload_to='uploads/%Y/%m/')
    score = models.DecimalField(max_digits=8, decimal_places=3)
    title = models.FloatField()
    price = models.DecimalField(max_digits=8, decimal_places=3)
    parent = models.ForeignKey('self', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-image']
        verbose_name = 'comment item'
        unique_together = [['price', 'title']]
        constraints = [
            models.UniqueConstraint(fields=['image', 'parent'], name='comment_image_parent_uniq'),
        ]


class Note(models.Model):
    id = models.BigAutoField(primary_key=True)
    title = models.TimeField(verbose_name='title', db_column='title_col')
    count = models.DateField()

    class Meta:
        db_table = 'movies_notes'
        constraints = [
            models.UniqueConstraint(fields=['count', 'title'], name='note_count_title_uniq'),
        ]
        indexes = [models.Index(fields=['title'])]
