from django.db import models


class Album(models.Model):
    count = models.DecimalField(max_digits=8, decimal_places=0, null=True)
    rating = models.FloatField()
    attachment = models.DecimalField(max_digits=5, decimal_places=3)
    parent = models.ForeignKey('self', on_delete=models.CASCADE)
    users = models.ManyToManyField('users.User', related_name='album_users')

    class Meta:
        verbose_name = 'album item'


class Comment(models.Model):
    weight = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    start = models.PositiveIntegerField(default=0)
    score = models.TextField()
    released = models.TimeField(null=True)
    published = models.DurationField()

    class Meta:
        verbose_name = 'comment item'
        indexes = [models.Index(fields=['published'])]


class Book(models.Model):
    rating = models.BooleanField(default=True, blank=True)
    email = models.FloatField(blank=True)
    done = models.DecimalField(max_digits=8, decimal_places=0, blank=True)
    uid = models.TextField()
    updated_at = models.DurationField()
    like_users = models.ManyToManyField('users.User', related_name='book_like_users', blank=True)

    class Meta:
        indexes = [models.Index(fields=['done'])]
