from django.conf import settings
from django.db import models


class Question(models.Model):
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    status = models.PositiveSmallIntegerField()
    points = models.PositiveSmallIntegerField()
    content = models.TextField(null=True, blank=True, db_column='content_col')
    extra = models.CharField('extra', max_length=50, blank=True, unique=True)
    released = models.SmallIntegerField(default=0)
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name='question_parent_set', db_index=False)
    members = models.ManyToManyField('reviews.Article', related_name='question_members', blank=True)
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='question_fans')

    def __str__(self):
        return f'{self.pk}: {self.content}'
