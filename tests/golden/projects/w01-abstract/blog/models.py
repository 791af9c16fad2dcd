from django.conf import settings
from django.db import models


class SoftDelete(models.Model):
    deleted = models.BooleanField(default=False)

    class Meta:
        abstract = True


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        ordering = ['-created_at']


class Authored(TimeStamped):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name='%(app_label)s_%(class)s_set',
    )
    title = models.CharField(max_length=100)
    likes = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='liked_%(class)ss', blank=True)

    class Meta(TimeStamped.Meta):
        abstract = True
        verbose_name = 'authored thing'

    def __str__(self):
        return self.title


class Post(Authored):
    content = models.TextField()


class Note(Authored, SoftDelete):
    title = models.CharField(max_length=50, unique=True)
    body = models.TextField(blank=True)

    class Meta(Authored.Meta):
        unique_together = [('user', 'body')]


class Comment(SoftDelete, TimeStamped):
    post = models.ForeignKey(Post, on_delete=models.CASCADE)
    content = models.CharField(max_length=200)

    class Meta:
        db_table = 'blog_comments'

    def __str__(self):
        return f'{self.post}: {self.content}'


class Tagged(models.Model):
    label = models.SlugField()

    class Meta:
        abstract = True
        db_table = 'tagged_things'
        indexes = [models.Index(fields=['label'])]


class Tag(Tagged):
    pass


class Ranked(models.Model):
    rank = models.IntegerField()
    code = models.CharField(max_length=5)

    class Meta:
        abstract = True
        indexes = [models.Index(fields=['rank'], name='%(app_label)s_%(class)s_rank')]
        constraints = [
            models.UniqueConstraint(fields=['code'], name='%(class)s_code_uniq'),
        ]


class Album(Ranked):
    pass


class Song(Ranked):
    class Meta(Ranked.Meta):
        ordering = ['rank']
