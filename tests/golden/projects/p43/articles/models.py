from django.conf import settings
from django.db import models


class Comment(models.Model):
    done = models.UUIDField(null=True, blank=True, db_index=True)
    level = models.UUIDField(db_column='level_col')
    rating = models.DateField()
    question_ref = models.ForeignKey('community.Question', on_delete=models.CASCADE, related_name='comment_question_ref_set', db_column='question_ref_key')
    fans = models.ManyToManyField('community.Post', related_name='comment_fans')

    class Meta:
        ordering = ['-question_ref']
        constraints = [
            models.UniqueConstraint(fields=['question_ref', 'done'], name='comment_question_ref_done_uniq'),
        ]


class Article(models.Model):
    opens = models.CharField('opens', max_length=50, choices=[('a', 'A'), ('b', 'B')], db_index=True)
    content = models.DecimalField(max_digits=5, decimal_places=2)
    extra = models.PositiveIntegerField(verbose_name='extra')
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name='articles_0')

    class Meta:
        ordering = ['-content']
