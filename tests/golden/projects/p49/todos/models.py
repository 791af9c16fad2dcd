from django.db import models


class Post(models.Model):
    uid = models.FloatField(null=True, db_index=True)
    length = models.DurationField(blank=True)

    class Meta:
        ordering = ['-length']
        db_table = 'todos_posts'


class Comment(models.Model):
    released = models.CharField(max_length=150, blank=True)
    slug = models.SmallIntegerField(default=0)
    published = models.CharField(max_length=255)
    created_at = models.PositiveBigIntegerField(blank=True)
    homepage = models.FloatField()
    nickname = models.FileField(upload_to='images/', blank=True)


class Question(models.Model):
    summary = models.SmallIntegerField(default=0)
    body = models.IntegerField(verbose_name='body', default=0)
    opens = models.PositiveIntegerField(verbose_name='opens', default=0, null=True)
    extra = models.DateTimeField()

    class Meta:
        verbose_name = 'question item'
        indexes = [
            models.Index(fields=['opens'], name='question_opens_idx'),
        ]
