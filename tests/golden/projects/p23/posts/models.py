from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models


class Movie(models.Model):
    email = models.EmailField(max_length=300, null=True, blank=True, unique=True, db_column='email_col')
    name = models.BigIntegerField()
    user_ref = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='movies_0')
    owner = models.ForeignKey('articles.Category', on_delete=models.PROTECT, related_name='movie_owner_set')


class Question(models.Model):
    position = models.PositiveSmallIntegerField(null=True, db_index=True)
    summary = models.ImageField(upload_to='uploads/%Y/%m/')
    opens = models.BigIntegerField(null=True)
    address = models.TimeField(blank=True, db_index=True)
    score = models.CharField(max_length=10)
    nickname = models.FileField(upload_to='files/')
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name='question_user_set')

    class Meta:
        ordering = ['-nickname']
        verbose_name = 'question item'

    def __str__(self):
        return self.score
