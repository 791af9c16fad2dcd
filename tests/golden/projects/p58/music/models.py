from django.db import models


class Question(models.Model):
    views = models.SlugField(null=True)
    extra = models.TimeField()
    score = models.ImageField(upload_to='files/')
    homepage = models.JSONField()
    body = models.BooleanField(default=False, blank=True)
    rank = models.PositiveBigIntegerField(verbose_name='rank', null=True)

    class Meta:
        verbose_name = 'question item'
        indexes = [
            models.Index(fields=['body', 'rank'], name='question_body_idx'),
        ]


class Tag(models.Model):
    position = models.PositiveBigIntegerField(null=True)
    rank = models.DateTimeField(auto_now_add=True)
    level = models.EmailField(max_length=254, blank=True)
    uid = models.BigIntegerField(blank=True)
    code = models.ImageField(upload_to='uploads/%Y/%m/', blank=True)
    email = models.DurationField(db_column='email_col')
