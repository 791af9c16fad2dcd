from django.contrib.auth.models import User
from django.db import models


class Order(models.Model):
    id = models.AutoField(primary_key=True)
    extra = models.EmailField('extra', max_length=100, db_index=True)
    email = models.TextField(null=True, blank=True)
    status = models.FileField(upload_to='images/')
    owner = models.ForeignKey('Author', on_delete=models.SET_NULL, null=True, blank=True, related_name='orders_0')

    class Meta:
        ordering = ['-email']
        unique_together = ('email', 'extra')
        indexes = [models.Index(fields=['extra'])]

    def __str__(self):
        return f'{self.pk}: {self.extra}'


class Comment(models.Model):
    id = models.AutoField(primary_key=True)
    start = models.CharField(max_length=100, null=True)
    rank = models.CharField(max_length=20, choices=[('a', 'A'), ('b', 'B')], null=True, unique=True, db_column='rank_col')
    members = models.ManyToManyField(User, related_name='comment_members', blank=True)
    author_ref = models.ForeignKey('Author', on_delete=models.SET_NULL, null=True, blank=True, related_name='comments_1')

    def __str__(self):
        return self.rank


class Author(models.Model):
    price = models.SmallIntegerField(null=True)
    score = models.SlugField(db_index=True)
    attachment = models.DurationField()
    title = models.TimeField(blank=True)
    owner = models.ForeignKey('blog.Product', on_delete=models.CASCADE, related_name='author_owner_set')

    class Meta:
        db_table = 'boards_authors'
        unique_together = [['attachment', 'price']]
        indexes = [models.Index(fields=['price'])]

    def __str__(self):
        return f'{self.pk}: {self.score}'
