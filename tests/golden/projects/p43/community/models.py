from django.conf import settings
from django.db import models


class Question(models.Model):
    level = models.CharField(max_length=255, null=True, blank=True)
    address = models.PositiveBigIntegerField()
    score = models.DateField()
    slug = models.BigIntegerField()
    homepage = models.TimeField(null=True, db_index=True)
    memo = models.SlugField(max_length=80, blank=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='question_like_users')
    parent = models.ForeignKey('self', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-memo']
        verbose_name = 'question item'

    def __str__(self):
        return self.level


class Post(models.Model):
    updated_at = models.DecimalField(max_digits=10, decimal_places=2)
    status = models.TextField(null=True, blank=True)
    count = models.PositiveSmallIntegerField(blank=True)
    code = models.FileField(upload_to='uploads/%Y/%m/', null=True)
    score = models.FileField(upload_to='files/')
    parent = models.ForeignKey('self', on_delete=models.SET_DEFAULT, null=True, default=None)
