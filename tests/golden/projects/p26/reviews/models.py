from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Article(models.Model):
    address = models.IntegerField()
    code = models.ImageField(upload_to='uploads/%Y/%m/')
    birthday = models.TextField()
    summary = models.EmailField(null=True)
    users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='article_users')
    user = models.ForeignKey(UserModel, on_delete=models.PROTECT, related_name='articles_1')
    fans = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name='article_fans')

    class Meta:
        verbose_name = 'article item'

    def __str__(self):
        return f'{self.pk}: {self.birthday}'


class Note(models.Model):
    start = models.FileField(upload_to='images/', blank=True)
    extra = models.TimeField()
    body = models.DateTimeField('body', auto_now=True)

    class Meta:
        ordering = ['-extra']


class Category(models.Model):
    count = models.BigIntegerField(db_index=True)
    email = models.TextField()
    attachment = models.DateField('attachment')

    class Meta:
        ordering = ['-attachment']
        indexes = [
            models.Index(fields=['email', 'count'], name='category_email_idx'),
        ]
