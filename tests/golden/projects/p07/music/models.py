import uuid

from django.db import models


class Tag(models.Model):
    done = models.TextField(null=True)
    attachment = models.DateField(null=True, db_column='attachment_col')
    writer = models.ForeignKey('articles.Article', on_delete=models.DO_NOTHING, related_name='tag_writer_set')
    photo = models.ForeignKey('blog.Photo', on_delete=models.CASCADE)
    owner = models.ForeignKey('blog.Event', on_delete=models.CASCADE)

    class Meta:
        unique_together = [['attachment', 'photo']]


class Note(models.Model):
    published = models.UUIDField('published', default=uuid.uuid4, null=True, unique=True)
    address = models.PositiveBigIntegerField()
    position = models.SlugField()
    created_at = models.DecimalField(max_digits=10, decimal_places=3)
    thumbnail = models.ImageField('thumbnail', upload_to='images/', null=True)
    body = models.PositiveIntegerField(default=0, blank=True)
    like_articles = models.ManyToManyField('articles.Article', related_name='note_like_articles')

    class Meta:
        ordering = ['-address']

    def __str__(self):
        return self.position
