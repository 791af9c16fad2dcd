from django.contrib.auth.models import User
from django.db import models


class Question(models.Model):
    is_public = models.CharField(max_length=100, db_index=True)
    views = models.EmailField(null=True)
    position = models.SlugField()
    owner = models.ForeignKey('reviews.Review', on_delete=models.CASCADE, related_name='questions_0')
    writer = models.ForeignKey('posts.Choice', on_delete=models.DO_NOTHING, related_name='questions_1')

    class Meta:
        db_table = 'articles_questions'
        indexes = [
            models.Index(fields=['is_public', 'owner'], name='question_is_public_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.views}'


class Category(models.Model):
    title = models.PositiveBigIntegerField()
    body = models.CharField(max_length=255)
    fans = models.ManyToManyField('posts.Note', related_name='category_fans')
    parent = models.ForeignKey(User, on_delete=models.PROTECT, related_name='categorys_1')

    class Meta:
        ordering = ['-parent']
        unique_together = [['title', 'parent']]

    def __str__(self):
        return f'{self.pk}: {self.body}'
