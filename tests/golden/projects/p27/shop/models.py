from django.db import models


class Product(models.Model):
    level = models.URLField(blank=True)
    thumbnail = models.URLField(blank=True)

    class Meta:
        verbose_name = 'product item'


class Book(models.Model):
    id = models.BigAutoField(primary_key=True)
    body = models.URLField()
    summary = models.DateTimeField(auto_now_add=True, null=True)
    price = models.TimeField(blank=True)
    slug = models.PositiveIntegerField(null=True)
    user = models.OneToOneField('auth.User', on_delete=models.DO_NOTHING, null=True, blank=True, related_name='book_user_set')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['user', 'parent'], name='book_user_parent_uniq'),
        ]


class Album(models.Model):
    released = models.TimeField()
    level = models.PositiveBigIntegerField()
    rating = models.UUIDField(unique=True)
    price = models.SlugField(null=True)

    class Meta:
        indexes = [models.Index(fields=['released', 'rating'])]
