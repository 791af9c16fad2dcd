from django.conf import settings
from django.db import models


class Book(models.Model):
    weight = models.FileField(upload_to='images/')
    opens = models.URLField(max_length=300)
    level = models.SmallIntegerField(blank=True)
    fans = models.ManyToManyField('community.Article', related_name='book_fans', blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='book_owner_set')

    class Meta:
        ordering = ['-opens']
        unique_together = [['opens', 'owner']]
        constraints = [
            models.UniqueConstraint(fields=['opens', 'level'], name='book_opens_level_uniq'),
        ]


class Profile(models.Model):
    start = models.DecimalField(max_digits=10, decimal_places=0)
    data = models.IntegerField(default=0, blank=True)
    count = models.JSONField(default=dict)
    released = models.SmallIntegerField()
    fans = models.ManyToManyField('movies.Note', related_name='profile_fans', blank=True)
    members = models.ManyToManyField(Book, related_name='profile_members')

    class Meta:
        ordering = ['-count']
        db_table = 'events_profiles'


class Song(models.Model):
    id = models.BigAutoField(primary_key=True)
    attachment = models.FileField(upload_to='images/', blank=True)
    created_at = models.TextField()
    published = models.DecimalField(max_digits=10, decimal_places=3, null=True)
    name = models.FileField('name', upload_to='uploads/%Y/%m/', null=True)
    views = models.BooleanField(default=True, blank=True)
    nickname = models.FileField(upload_to='uploads/%Y/%m/')
    writer = models.ForeignKey('auth.User', on_delete=models.CASCADE, related_name='songs_0')
    comment_ref = models.ForeignKey('movies.Comment', on_delete=models.CASCADE, related_name='song_comment_ref_set')
    review_ref = models.ForeignKey('community.Review', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='songs_2')

    class Meta:
        verbose_name = 'song item'

    def __str__(self):
        return f'{self.pk}: {self.created_at}'
