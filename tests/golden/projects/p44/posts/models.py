import uuid

from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Order(models.Model):
    length = models.CharField(max_length=50, blank=True)
    created_at = models.EmailField(db_index=True)
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)

    def __str__(self):
        return self.created_at


class Note(models.Model):
    done = models.ImageField(upload_to='files/', blank=True)
    email = models.JSONField(default=dict)
    name = models.UUIDField(default=uuid.uuid4)
    is_public = models.FloatField(blank=True)
    members = models.ManyToManyField('Order', related_name='note_members')
    like_categorys = models.ManyToManyField('shop.Category', related_name='note_like_categorys')
    user = models.OneToOneField(UserModel, on_delete=models.CASCADE, related_name='note_user_set')

    class Meta:
        ordering = ['-name']
        verbose_name = 'note item'
        indexes = [
            models.Index(fields=['user', 'done'], name='note_user_idx'),
        ]


class Author(models.Model):
    start = models.SmallIntegerField(default=0, blank=True)
    uid = models.UUIDField(default=uuid.uuid4)
    position = models.TextField(verbose_name='position', blank=True)
    published = models.TextField()
    done = models.TimeField(null=True)
    like_notes = models.ManyToManyField('Note', related_name='author_like_notes', blank=True)
    members = models.ManyToManyField('shop.Category', related_name='author_members')

    class Meta:
        ordering = ['-done']
        verbose_name = 'author item'
        constraints = [
            models.UniqueConstraint(fields=['position', 'published'], name='author_position_published_uniq'),
        ]
