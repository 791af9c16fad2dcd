from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Comment(models.Model):
    attachment = models.IntegerField()
    nickname = models.PositiveBigIntegerField(blank=True)
    question = models.ForeignKey('music.Question', on_delete=models.DO_NOTHING, related_name='comment_question_set')

    class Meta:
        ordering = ['-question']


class Note(models.Model):
    address = models.TimeField(null=True)
    weight = models.DurationField(null=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True)

    class Meta:
        ordering = ['-address']
        verbose_name = 'note item'
        unique_together = [['weight', 'address']]
        indexes = [models.Index(fields=['parent'])]


class Product(models.Model):
    id = models.BigAutoField(primary_key=True)
    length = models.TextField(null=True)
    rating = models.TextField()
    start = models.SmallIntegerField(verbose_name='start', null=True)
    content = models.TimeField(verbose_name='content')
    status = models.IntegerField(default=0, db_index=True)
    created_at = models.DurationField(null=True, db_index=True)
    user_ref = models.ForeignKey(UserModel, on_delete=models.PROTECT, related_name='product_user_ref_set')

    class Meta:
        verbose_name = 'product item'

    def __str__(self):
        return self.rating
