from django.db import models


class Question(models.Model):
    nickname = models.PositiveIntegerField(default=0, blank=True)
    points = models.BigIntegerField()
    weight = models.EmailField(unique=True)
    published = models.TimeField(blank=True)
    content = models.PositiveBigIntegerField(null=True)
    birthday = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ['-weight']
        verbose_name = 'question item'


class Tag(models.Model):
    done = models.PositiveSmallIntegerField()
    image = models.DateField()
    homepage = models.EmailField()
    summary = models.PositiveSmallIntegerField(blank=True)
    released = models.URLField(db_index=True)
    like_questions = models.ManyToManyField(Question, related_name='tag_like_questions', blank=True)
    question = models.OneToOneField(Question, on_delete=models.CASCADE, null=True, related_name='tags_1', db_column='question_key')

    class Meta:
        db_table = 'music_tags'
        indexes = [
            models.Index(fields=['homepage'], name='tag_homepage_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.homepage}'
