from django.conf import settings
from django.db import models


class Review(models.Model):
    rating = models.PositiveIntegerField()
    homepage = models.FileField(upload_to='uploads/%Y/%m/', blank=True)
    birthday = models.JSONField(default=dict, null=True)
    members = models.ManyToManyField('auth.User', related_name='review_members', blank=True)

    class Meta:
        ordering = ['-homepage']


class Note(models.Model):
    views = models.PositiveBigIntegerField()
    published = models.BigIntegerField('published', null=True)
    owner = models.ForeignKey('Review', on_delete=models.CASCADE, null=True, related_name='notes_0')

    class Meta:
        ordering = ['-published']
        verbose_name = 'note item'
        unique_together = [['owner', 'published']]


class Category(models.Model):
    summary = models.DateTimeField(null=True)
    data = models.JSONField(default=dict)
    published = models.PositiveIntegerField(default=0)
    extra = models.DateField(auto_now_add=True, db_index=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='category_user_ref_set')
    owner = models.ForeignKey('Review', on_delete=models.DO_NOTHING, related_name='category_owner_set')

    class Meta:
        db_table = 'community_categorys'
