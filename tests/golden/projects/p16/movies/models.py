from django.db import models


class Article(models.Model):
    published = models.SmallIntegerField(null=True)
    birthday = models.TimeField(null=True)
    rating = models.EmailField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['birthday', 'published'], name='article_birthday_published_uniq'),
        ]
