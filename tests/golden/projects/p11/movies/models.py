import uuid

from django.db import models


class Todo(models.Model):
    score = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    body = models.BooleanField(default=False, blank=True)
    is_public = models.FileField(upload_to='files/')


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    rank = models.PositiveIntegerField()
    slug = models.DateField(auto_now_add=True, null=True)
    is_public = models.DateField(blank=True)
    points = models.UUIDField(default=uuid.uuid4, null=True)
    article = models.OneToOneField('community.Article', on_delete=models.CASCADE, db_column='article_key')
    question = models.ForeignKey('community.Question', on_delete=models.CASCADE, related_name='review_question_set')

    class Meta:
        verbose_name = 'review item'
        unique_together = ('slug', 'is_public')


class Category(models.Model):
    birthday = models.JSONField(verbose_name='birthday')
    updated_at = models.DurationField(null=True)
    uid = models.DecimalField(max_digits=8, decimal_places=3)
    thumbnail = models.ImageField(upload_to='files/')
    owner = models.ForeignKey('community.Article', on_delete=models.CASCADE)

    class Meta:
        unique_together = [['birthday', 'thumbnail']]
        indexes = [
            models.Index(fields=['birthday', 'owner'], name='category_birthday_idx'),
        ]
