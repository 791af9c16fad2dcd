from django.conf import settings
from django.db import models


class Question(models.Model):
    level = models.CharField(max_length=255, default='')
    address = models.SmallIntegerField(blank=True)
    score = models.IntegerField(default=0, null=True)
    slug = models.IntegerField(default=0, blank=True, db_index=True)
    homepage = models.SlugField(max_length=80, blank=True)
    memo = models.DateField(auto_now_add=True, blank=True)
    like_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='question_like_users')
    user = models.ForeignKey('accounts.User', on_delete=models.SET_NULL, null=True, blank=True, related_name='questions_1')
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name='questions_2', db_index=False)

    class Meta:
        indexes = [
            models.Index(fields=['user'], name='question_user_idx'),
        ]


class Post(models.Model):
    email = models.SlugField()
    price = models.TimeField(db_index=True, db_column='price_col')
    uid = models.SlugField(blank=True)
    count = models.FileField(upload_to='files/')
    questions = models.ManyToManyField('Question', related_name='post_questions', blank=True)

    class Meta:
        ordering = ['-price']
        verbose_name = 'post item'
