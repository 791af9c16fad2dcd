from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Post(models.Model):
    created_at = models.DecimalField(max_digits=8, decimal_places=0, null=True)
    count = models.CharField(max_length=20, blank=True)
    notes = models.ManyToManyField('posts.Note', related_name='post_notes')
    members = models.ManyToManyField('reviews.Event', related_name='post_members', blank=True)

    class Meta:
        ordering = ['-count']
        indexes = [
            models.Index(fields=['created_at', 'count'], name='post_created_at_idx'),
        ]

    def __str__(self):
        return self.count


class Book(models.Model):
    opens = models.IntegerField()
    released = models.DecimalField(max_digits=8, decimal_places=0)
    score = models.SlugField(unique=True)
    owner = models.ForeignKey('posts.Note', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='books_0')

    class Meta:
        verbose_name = 'book item'


class Order(models.Model):
    created_at = models.DateTimeField(db_column='created_at_col')
    summary = models.EmailField(unique=True, db_column='summary_col')
    email = models.EmailField('email')
    published = models.BooleanField(default=False, db_column='published_col')
    user_ref = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='order_user_ref_set')

    class Meta:
        db_table = 'todos_orders'
        unique_together = ('summary', 'published')
