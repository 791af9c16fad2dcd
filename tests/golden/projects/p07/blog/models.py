from django.db import models


class Post(models.Model):
    price = models.FloatField()
    email = models.DurationField()

    class Meta:
        ordering = ['-price']
        db_table = 'blog_posts'
        unique_together = [['price', 'email']]
        indexes = [models.Index(fields=['email', 'price'])]


class Tag(models.Model):
    homepage = models.IntegerField()
    attachment = models.JSONField()
    members = models.ManyToManyField('todos.Book', related_name='tag_members')
