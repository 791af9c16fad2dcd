import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Article(models.Model):
    title = models.CharField('title', max_length=50)
    code = models.PositiveIntegerField(default=0)
    content = models.BigIntegerField(null=True)
    thumbnail = models.IntegerField(default=0, unique=True)
    comment_ref = models.ForeignKey('movies.Comment', on_delete=models.CASCADE, related_name='article_comment_ref_set')

    class Meta:
        verbose_name = 'article item'
        indexes = [models.Index(fields=['comment_ref'])]

    def __str__(self):
        return self.title


class Photo(models.Model):
    score = models.UUIDField(blank=True)
    birthday = models.FloatField(blank=True)
    thumbnail = models.PositiveBigIntegerField(null=True)
    slug = models.UUIDField(default=uuid.uuid4)
    user = models.OneToOneField(get_user_model(), on_delete=models.SET_NULL, null=True, related_name='photo_user_set')
    parent = models.ForeignKey('self', on_delete=models.PROTECT, null=True)
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of')

    class Meta:
        ordering = ['-score']


class Note(models.Model):
    is_public = models.TimeField()
    content = models.BigIntegerField(blank=True)
    uid = models.BigIntegerField()
    code = models.BooleanField(default=False)
    birthday = models.ImageField(upload_to='images/')
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='note_user_set')
    user_ref = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='notes_1')

    class Meta:
        ordering = ['-birthday']
        unique_together = ('user_ref', 'code')
