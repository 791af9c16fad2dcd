from django.conf import settings
from django.db import models


class Question(models.Model):
    homepage = models.TimeField()
    name = models.ImageField(upload_to='files/', blank=True)
    score = models.BigIntegerField()
    stock = models.PositiveBigIntegerField()
    uid = models.DateField(null=True)
    user_ref = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='questions_0')

    class Meta:
        verbose_name = 'question item'
        constraints = [
            models.UniqueConstraint(fields=['user_ref', 'score'], name='question_user_ref_score_uniq'),
        ]


class Product(models.Model):
    image = models.SlugField(blank=True)
    start = models.TextField('start')
    parent = models.ForeignKey('reviews.Article', on_delete=models.CASCADE, related_name='product_parent_set')

    class Meta:
        unique_together = ('parent', 'start')
        indexes = [models.Index(fields=['start', 'image'])]

    def __str__(self):
        return self.image
