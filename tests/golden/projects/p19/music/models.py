from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models


class Choice(models.Model):
    email = models.SmallIntegerField(default=0)
    thumbnail = models.EmailField(max_length=254)
    stock = models.SmallIntegerField(verbose_name='stock', blank=True)
    content = models.PositiveIntegerField(blank=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='choice_user_set')
    parent = models.ForeignKey('movies.Author', on_delete=models.CASCADE, related_name='choices_1')
    members = models.ManyToManyField('Photo', related_name='choice_members')

    class Meta:
        unique_together = ('stock', 'parent')
        constraints = [
            models.UniqueConstraint(fields=['thumbnail', 'parent'], name='choice_thumbnail_parent_uniq'),
        ]
        indexes = [models.Index(fields=['thumbnail', 'parent'])]

    def __str__(self):
        return self.thumbnail


class Photo(models.Model):
    email = models.FileField(upload_to='uploads/%Y/%m/')
    content = models.PositiveIntegerField(db_index=True)
    score = models.FileField(upload_to='uploads/%Y/%m/')
    updated_at = models.IntegerField(default=0, null=True, blank=True)
    weight = models.DecimalField(max_digits=8, decimal_places=2)

    class Meta:
        db_table = 'music_photos'
        constraints = [
            models.UniqueConstraint(fields=['updated_at', 'score'], name='photo_updated_at_score_uniq'),
        ]


class Todo(models.Model):
    uid = models.SmallIntegerField('uid', blank=True)
    data = models.PositiveBigIntegerField(verbose_name='data')
    writer = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='todos_0', db_column='writer_key')
