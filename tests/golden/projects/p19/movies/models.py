from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    email = models.FileField(upload_to='uploads/%Y/%m/')
    content = models.PositiveIntegerField(db_index=True)
    score = models.FileField(upload_to='uploads/%Y/%m/')
    updated_at = models.IntegerField(default=0, null=True, blank=True)
    weight = models.DecimalField(max_digits=8, decimal_places=2)

    class Meta:
        db_table = 'movies_reviews'
        constraints = [
            models.UniqueConstraint(fields=['updated_at', 'score'], name='review_updated_at_score_uniq'),
        ]


class Author(models.Model):
    data = models.IntegerField(verbose_name='data', null=True, blank=True)
    price = models.DurationField(db_column='price_col')
    extra = models.CharField(max_length=10, unique=True)
    image = models.FloatField(db_index=True, db_column='image_col')
    points = models.PositiveBigIntegerField()
    body = models.URLField(blank=True)
    user = models.ForeignKey(UserModel, on_delete=models.CASCADE, related_name='author_user_set')

    class Meta:
        ordering = ['-data']
        indexes = [
            models.Index(fields=['body'], name='author_body_idx'),
        ]

    def __str__(self):
        return f'{self.pk}: {self.extra}'


class Question(models.Model):
    is_public = models.BigIntegerField()
    updated_at = models.IntegerField(default=0)
    uid = models.DurationField(verbose_name='uid')
    attachment = models.PositiveBigIntegerField()
    start = models.DurationField('start', null=True)
    stock = models.PositiveIntegerField(default=0)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True, db_column='parent_key')

    class Meta:
        db_table = 'movies_questions'
        verbose_name = 'question item'
        unique_together = [['attachment', 'parent']]
        indexes = [models.Index(fields=['attachment', 'is_public'])]
