import uuid

from django.db import models


class Board(models.Model):
    rank = models.TextField(null=True)
    homepage = models.DateField(null=True, db_column='homepage_col')
    done = models.TimeField()
    attachment = models.FloatField('attachment', blank=True)
    products = models.ManyToManyField('blog.Product', related_name='board_products')
    owner = models.ForeignKey('todos.Choice', on_delete=models.CASCADE, null=True, blank=True, related_name='boards_1')


class Note(models.Model):
    published = models.UUIDField('published', default=uuid.uuid4, null=True, unique=True)
    address = models.PositiveBigIntegerField()
    position = models.SlugField()
    created_at = models.DecimalField(max_digits=10, decimal_places=3)
    thumbnail = models.ImageField('thumbnail', upload_to='images/', null=True)
    body = models.PositiveIntegerField(default=0, blank=True)
    user = models.OneToOneField('auth.User', on_delete=models.DO_NOTHING, null=True, related_name='notes_0')

    class Meta:
        ordering = ['-address']

    def __str__(self):
        return self.position


class Profile(models.Model):
    created_at = models.SmallIntegerField(default=0)
    is_public = models.DateField(auto_now_add=True, blank=True)
    image = models.DurationField()
    summary = models.JSONField(default=dict)
    views = models.FloatField()
    owner = models.ForeignKey('blog.Photo', on_delete=models.CASCADE)
    photo = models.ForeignKey('blog.Photo', on_delete=models.DO_NOTHING, related_name='profiles_1', db_index=False)
    articles = models.ManyToManyField('articles.Article', related_name='profile_articles')

    class Meta:
        ordering = ['-image']
        verbose_name = 'profile item'
        unique_together = [['owner', 'is_public']]
        constraints = [
            models.UniqueConstraint(fields=['image', 'created_at'], name='profile_image_created_at_uniq'),
        ]
