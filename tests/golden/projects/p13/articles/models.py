from django.contrib.auth import get_user_model
from django.db import models


class Book(models.Model):
    data = models.PositiveBigIntegerField()
    birthday = models.BooleanField(default=True, blank=True)
    summary = models.ImageField(upload_to='uploads/%Y/%m/')
    updated_at = models.SmallIntegerField(null=True)
    body = models.BooleanField(default=True, blank=True)
    homepage = models.FileField(upload_to='images/')

    class Meta:
        ordering = ['-updated_at']
        unique_together = ('data', 'birthday')
        indexes = [models.Index(fields=['body', 'data'])]


class Choice(models.Model):
    name = models.TimeField(null=True)
    score = models.ImageField(upload_to='images/', null=True)
    length = models.SlugField(blank=True)
    opens = models.DateField(auto_now_add=True, db_index=True)
    rank = models.TimeField(null=True, blank=True)
    parent = models.ForeignKey('community.Article', on_delete=models.DO_NOTHING, related_name='choices_0')
    fans = models.ManyToManyField('community.Article', related_name='choice_fans')
    user = models.OneToOneField(get_user_model(), on_delete=models.CASCADE, related_name='choice_user_set')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['score', 'parent'], name='choice_score_parent_uniq'),
        ]
