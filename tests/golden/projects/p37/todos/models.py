from django.contrib.auth.models import User
from django.db import models


class Profile(models.Model):
    published = models.DecimalField(max_digits=10, decimal_places=0)
    code = models.DurationField(db_column='code_col')
    rating = models.DateField('rating', null=True)
    user = models.ForeignKey(User, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='profiles_0')

    class Meta:
        ordering = ['-rating']
        unique_together = [['rating', 'user']]
        constraints = [
            models.UniqueConstraint(fields=['code', 'rating'], name='profile_code_rating_uniq'),
        ]
        indexes = [
            models.Index(fields=['code'], name='profile_code_idx'),
        ]


class Order(models.Model):
    id = models.BigAutoField(primary_key=True)
    email = models.IntegerField(default=0, blank=True)
    count = models.PositiveSmallIntegerField()
    published = models.DecimalField(max_digits=10, decimal_places=3)
    level = models.EmailField()
    name = models.SlugField(unique=True)
    like_books = models.ManyToManyField('Book', related_name='order_like_books', blank=True)

    class Meta:
        ordering = ['-name']
        verbose_name = 'order item'

    def __str__(self):
        return self.level


class Book(models.Model):
    stock = models.CharField(max_length=50, db_index=True)
    thumbnail = models.FileField(upload_to='files/', null=True)
    status = models.FileField(upload_to='images/')
    done = models.DecimalField(max_digits=8, decimal_places=3)

    class Meta:
        ordering = ['-stock']
        constraints = [
            models.UniqueConstraint(fields=['status', 'done'], name='book_status_done_uniq'),
        ]

    def __str__(self):
        return self.stock
