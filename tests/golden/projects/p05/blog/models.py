from django.conf import settings
from django.db import models


class Article(models.Model):
    id = models.AutoField(primary_key=True)
    address = models.PositiveIntegerField(verbose_name='address', default=0, blank=True)
    position = models.TextField(null=True)
    thumbnail = models.URLField()

    class Meta:
        db_table = 'blog_articles'
        verbose_name = 'article item'
        constraints = [
            models.UniqueConstraint(fields=['address', 'position'], name='article_address_position_uniq'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.position}'


class Note(models.Model):
    id = models.BigAutoField(primary_key=True)
    updated_at = models.PositiveSmallIntegerField(null=True)
    address = models.DateField(verbose_name='address', blank=True, db_column='address_col')
    email = models.ImageField('email', upload_to='images/')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    like_tags = models.ManyToManyField('posts.Tag', related_name='note_like_tags')

    class Meta:
        verbose_name = 'note item'
        unique_together = [['address', 'parent']]
        indexes = [models.Index(fields=['address', 'email'])]


class Review(models.Model):
    released = models.CharField(verbose_name='released', max_length=10, choices=[('a', 'A'), ('b', 'B')], blank=True)
    data = models.BigIntegerField()
    stock = models.TextField(blank=True)
    slug = models.PositiveIntegerField(null=True)
    created_at = models.FileField('created at', upload_to='images/', null=True)
    level = models.DateField()
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name='reviews_0')

    class Meta:
        unique_together = [['created_at', 'released']]

    def __str__(self):
        return f'{self.pk}: {self.released}'
